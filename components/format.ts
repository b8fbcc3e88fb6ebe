/** Wording shared by the popup and the manager. */
import type { NudgeSummary } from '../storage/api';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Nudged 12 times: edited 4, posted anyway 7, cancelled 1". */
export function nudgeSummaryText(summary: NudgeSummary): string {
  const parts: string[] = [];
  if (summary.nudges > 0) {
    const choices = [
      `edited ${summary.edited}`,
      `posted anyway ${summary.postedAnyway}`,
      `cancelled ${summary.cancelled}`,
    ];
    if (summary.muted) choices.push(`muted ${summary.muted}`);
    parts.push(`Nudged ${plural(summary.nudges, 'time')}: ${choices.join(', ')}`);
  }
  if (summary.sendChecks > 0) {
    parts.push(
      `Message checks: ${summary.sendChecks} (edited ${summary.sendChecksEdited}, sent anyway ${summary.sendChecksSentAnyway})`,
    );
  }
  return parts.length ? `${parts.join('. ')}.` : 'No nudges yet.';
}

export function followUpLabel(followUpOn: string, today: string): string {
  if (!followUpOn) return '';
  if (followUpOn === today) return 'Follow up today';
  if (followUpOn < today) return `Follow-up overdue (${followUpOn})`;
  return `Follow up on ${followUpOn}`;
}

export { plural };

/** Said when a note save met an edit made elsewhere meanwhile (issue 14): both texts are kept. */
export const NOTE_CONFLICT_TEXT =
  'This note was changed elsewhere while you were editing it. Both versions are kept: yours is saved as a separate note beside it.';
