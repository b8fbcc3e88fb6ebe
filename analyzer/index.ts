/**
 * On-device tone analyzer: does this draft read personal or professional?
 * Pure and DOM-free (no browser or Node APIs); types.ts is the contract.
 *
 *   import { analyze } from './analyzer/bundled';    // Node, CLI, tests, background: model included
 *   import { analyze, setModelAsset } from './analyzer'; // content scripts: the model arrives by message
 *   const r = analyze({ text, hasImage, recipientLevel, settings, learned });
 *   r.personal   // the verdict at settings.sensitivity
 *   r.evidence   // [{ text, category, start, end, kind, weight }], text === input.text.slice(start, end)
 *
 * How it works: a trained, calibrated linear model (`npm run train`, analyzer/train/), not hand-set
 * weights. normalize.ts folds the text (𝗯𝗼𝗹𝗱 letters, accents, invisible characters, "sooooo", emoji
 * variants) → features.ts cuts it into windows of ≈30 words and hashes word, word-pair and character
 * n-gram features plus first-person and category-lexicon cues → model.ts scores each window and pools
 * them (mean), then calibrates (Platt) → `score` is the probability that the text is personal.
 * learn.ts adds this user's bounded adjustments; contributions.ts finds the words that moved the score.
 *
 * Output
 * - `score` in [0, 1], calibrated on held-out sources; `personal` compares it with THRESHOLDS
 *   (low / default / high = 2% / 5% / 10% false alarms on held-out professional LinkedIn posts).
 * - `unsure`: no model loaded, a language without training data in both classes, or too little text.
 *   Never flagged.
 * - `categories`: strongest first, from the evidence. `evidence`: words whose features pushed the score
 *   up and that a category names (the lexicon, or the category the model learned the word with);
 *   `weight` = the word's share of the logit. At most MAX_EVIDENCE (200), `evidenceTruncated` says so.
 * - `professionalSignals`: words that pulled the other way.
 *
 * Input
 * - `hasImage` / `hasVideo`: odds × 1.5 (a photo alone never makes evidence).
 * - `recipientLevel`: 'professional' flags anything personal; 'friendly' only SENSITIVE_CATEGORIES;
 *   'personal' and 'unset' never flag. Absent (posts): the plain verdict.
 * - `settings`: disabledCategories and ignoredWords are removed before the model reads the text;
 *   extraWords count as clear evidence; workTopics remove that trade's vocabulary (settings.ts).
 * - `learned`: the user's learned state (learn.ts).
 *
 * Commands: `npm run train`, `npm run -s analyze` (cli.ts, JSON lines), `npm run -s evaluate`
 * (evaluate.ts), `npm run bench`.
 */
export * from './types.ts';
export { analyze, prepare, setModelAsset, modelStatus, THRESHOLDS, MAX_EVIDENCE } from './analyze.ts';
export { explain } from './explain.ts';
