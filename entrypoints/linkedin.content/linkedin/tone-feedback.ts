/**
 * The user's choices on a judged draft, as labels for the analyzer (issue 10): "Post anyway" / "Send
 * anyway" / "Not personal" say the draft is fine for this user, "Edit post" / "Edit" / "Personal" agree it
 * reads personal. The background learns from it (storage/tone-learned.ts) and this tab installs the new
 * state at once, so the next draft is judged with it.
 *
 * Fire-and-forget: never awaited on the way to LinkedIn's Post or Send, never throws, fails silently.
 */
import { LIMITS } from '../../../storage/api';
import { request } from '../../../storage/client';
import { setToneLearned } from './tone-model';

export type ToneLabel = 'fine' | 'agreed';

export function sendToneFeedback(text: string, label: ToneLabel): void {
  try {
    // The analyzer reads no further; keep a surrogate pair whole at the cut.
    let draft = text.length > LIMITS.learnedText ? text.slice(0, LIMITS.learnedText) : text;
    if (/[\uD800-\uDBFF]$/.test(draft)) draft = draft.slice(0, -1);
    if (!draft.trim()) return;
    void request('toneOutcome', { text: draft, label })
      .then((answer) => {
        if (answer.state || !answer.problem) setToneLearned(answer.state);
      })
      .catch((error) => console.debug('[Boundaries] could not learn from this choice', error));
  } catch (error) {
    console.debug('[Boundaries] could not learn from this choice', error);
  }
}
