/**
 * A contact badge's tooltip (issue 15: rendered only inside our extension-origin frame): the name and
 * level, and the latest note, as text.
 */
import { LEVEL_LABELS, type ContactView } from '../storage/model';
import { timeAgo } from './time';

const NOTE_PREVIEW = 280;

export const TIP_CSS = `
.b-tip { box-sizing: border-box; height: 100%; overflow: hidden; padding: 8px 10px; border-radius: 6px; border: 1px solid var(--b-border);
  background: var(--b-bg); color: var(--b-fg); font-size: 13px; line-height: 1.4; white-space: pre-wrap; overflow-wrap: anywhere; }
.b-tip__head { font-weight: 600; display: block; }
.b-tip__body { display: block; max-height: 56px; overflow: hidden; }
.b-tip__meta { color: var(--b-muted); font-size: 12px; display: block; margin-top: 4px; }
`;

export function TipView({ view, now }: { view: ContactView; now: number }) {
  const { contact } = view;
  const name = contact.displayName || 'Saved contact';
  const note = view.latestNotes[0];
  return (
    <div className="b-tip" role="tooltip">
      <style>{TIP_CSS}</style>
      <span className="b-tip__head" dir="auto">
        {name} · {LEVEL_LABELS[contact.level]}
      </span>
      <span className="b-tip__body" dir="auto">
        {note
          ? note.text.length > NOTE_PREVIEW
            ? `${note.text.slice(0, NOTE_PREVIEW)}…`
            : note.text
          : 'No notes yet.'}
      </span>
      {note && (
        <span className="b-tip__meta">
          Latest note, {timeAgo(note.updatedAt, now)}
          {view.noteCount > 1 ? ` · ${view.noteCount} notes` : ''}
        </span>
      )}
    </div>
  );
}
