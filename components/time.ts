/** Human times for notes and interactions ("2 hours ago", "last messaged 3 months ago"). */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export function timeAgo(then: number, now = Date.now(), locale = 'en'): string {
  const elapsed = now - then;
  if (elapsed < 60_000) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return 'just now';
}

export function lastMessagedLabel(lastInteractionAt: number, now = Date.now()): string | null {
  return lastInteractionAt > 0 ? `last messaged ${timeAgo(lastInteractionAt, now)}` : null;
}
