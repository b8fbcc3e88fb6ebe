/**
 * On-device tone analyzer: does this draft read personal or professional?
 * Pure and DOM-free (no browser or Node APIs); types.ts is the contract.
 *
 *   import { analyze } from './analyzer';
 *   const r = analyze({ text, hasImage, recipientLevel, settings });
 *   r.personal   // the verdict at settings.sensitivity
 *   r.evidence   // [{ text, category, start, end, kind, weight }], text === input.text.slice(start, end)
 *
 * Output
 * - `score` in [0, 1]; the verdict compares it with THRESHOLDS (low 0.68, default 0.5, high 0.36).
 * - `unsure`: the text is in a language we do not cover (never flagged), or too short to judge and
 *   without evidence. `language` is 'en' | 'es' | 'pt' | 'fr' | 'de' | 'unknown'.
 * - `categories`: strongest first. `evidence`: in text order; `weight` is the item's own strength
 *   after context (possession, business use, …); repeats of the same word count less in the score.
 *   At most MAX_EVIDENCE (200) items are returned, the strongest; `evidenceTruncated` says so.
 * - `professionalSignals`: work vocabulary that pulled the other way (same cap).
 *
 * Input
 * - `hasImage` / `hasVideo` raise a score that already reads personal (≥ 0.2); alone they add nothing.
 * - `recipientLevel`: 'professional' flags anything personal; 'friendly' flags only
 *   SENSITIVE_CATEGORIES (romance, beliefs, health, parties); 'personal' and 'unset' never flag
 *   (score and evidence are still returned). Absent (posts): the plain verdict.
 * - `audience` is accepted and currently does not change the verdict.
 * - `settings`: disabledCategories never fire; extraWords add words or emoji (weight 0.6, 0.85 with
 *   "my …"); ignoredWords remove words, phrases (and their inflections) or emoji; workTopics ("baking",
 *   "pet food", "Weinhandel") switch off the lexicon groups those topics are about (settings.ts has the
 *   topic table; a topic word that is itself in the lexicon switches off its group).
 *
 * How it works (analyze.ts): one linear tokenizer pass (text.ts) → language guess from function words,
 * letters and vocabulary (lang.ts) → lexicon matches: phrases, inflected words, German compounds, emoji
 * with skin tones and ZWJ sequences, hashtags split by case and dictionary (lexicon*.ts, emoji.ts,
 * hashtag.ts) → context rules (first-person possession and narration; business uses such as "food
 * delivery startup", "family of products", "clínicas veterinárias", "team lunch"; idioms; metaphors) →
 * discourse rules (one sense per discourse, lead-in anecdotes, pleasantries in work messages, workplace
 * events and offsites, weekday/evening plans, workplace-policy posts, company anniversaries, hangover and
 * "married to" metaphors, holiday greetings with family details) → noisy-OR per sentence, damped by work vocabulary in that sentence,
 * then across sentences (strongest first), so one personal line in a long post is not diluted.
 *
 * Cost: about 0.1 ms per 3,000 characters once warm, linear in length; the first call compiles the
 * lexicons (a few tens of ms) — call prepare() when idle to move that off the first keystroke.
 *
 * Commands: `npm run -s analyze` (cli.ts, JSON lines), `npm run -s evaluate` (evaluate.ts, the corpus in
 * tests/analyzer-corpus/), `npx tsx analyzer/bench.ts` (bench.ts, Node and Chromium).
 */
export * from './types.ts';
export { analyze, prepare, THRESHOLDS, MAX_EVIDENCE } from './analyze.ts';
export { explain } from './explain.ts';
