/**
 * The composer badge's contents (issue 15: rendered only inside our extension-origin frame, frame.html):
 * the familiarity level (the strictest one in a group; "Not set" with a one-click picker), the latest
 * notes, a quick note, and "last messaged …". Saves go straight to storage from the frame.
 */
import { useEffect, useState } from 'react';
import { LevelDot, LevelPicker } from './LevelPicker';
import { NoteList } from './NoteList';
import { QuickNote } from './QuickNote';
import { lastMessagedLabel } from './time';
import { request } from '../storage/client';
import { LEVEL_LABELS, LEVEL_STRICTNESS, type ContactView, type Level, type Note } from '../storage/model';
import type { ProfileKey } from '../storage/profile-id';

/** One person in the conversation, as the page shows them (linkedin/conversation.ts finds them). */
export interface Participant {
  key: ProfileKey;
  refs: ProfileKey[];
  name: string;
}

/** What the badge shows: who the conversation is with, and what storage holds for each. */
export interface BadgeEntry {
  info: { participants: Participant[] };
  /** Stored view per participant key (null: not saved). */
  views: Record<string, ContactView | null>;
  loaded: boolean;
  error: string | null;
}

export function viewOf(entry: BadgeEntry, participant: Participant): ContactView | null {
  return entry.views[participant.key] ?? null;
}

function strictest(levels: Level[]): Level {
  let level: Level = 'unset';
  for (const next of levels) if (LEVEL_STRICTNESS[next] > LEVEL_STRICTNESS[level]) level = next;
  return level;
}

export function levelOf(entry: BadgeEntry): Level {
  return strictest(entry.info.participants.map((p) => viewOf(entry, p)?.contact.level ?? 'unset'));
}

export interface BadgeProps {
  entry: BadgeEntry;
  onSetLevel(participant: Participant, level: Level): Promise<void>;
  onAddNote(participant: Participant, text: string): Promise<void>;
  onDriftCheck(participant: Participant, on: boolean): Promise<void>;
}

function displayName(entry: BadgeEntry, participant: Participant): string {
  return viewOf(entry, participant)?.contact.displayName || participant.name || 'this person';
}

function PersonDetails({
  entry,
  participant,
  props,
  inGroup = false,
}: {
  entry: BadgeEntry;
  participant: Participant;
  props: BadgeProps;
  inGroup?: boolean;
}) {
  const view = viewOf(entry, participant);
  const level = view?.contact.level ?? 'unset';
  const [picking, setPicking] = useState(false);
  const [noting, setNoting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = displayName(entry, participant);
  const notes = view?.latestNotes ?? [];
  const last = view ? lastMessagedLabel(view.contact.lastInteractionAt) : null;

  async function setLevel(next: Level) {
    setError(null);
    try {
      await props.onSetLevel(participant, next);
      setPicking(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save');
    }
  }

  return (
    <div className="b-cb__person">
      <div className="b-row b-cb__line">
        {inGroup && <span className="b-cb__name">{name}</span>}
        <LevelDot level={level} />
        <strong className="b-cb__level">{LEVEL_LABELS[level]}</strong>
        {last && <span className="b-muted b-cb__last">· {last}</span>}
        {(level !== 'unset' || inGroup) && (
          <button type="button" className="b-link" aria-expanded={picking} onClick={() => setPicking(!picking)}>
            {level === 'unset' ? 'Set level' : 'Change'}
          </button>
        )}
      </div>
      {((level === 'unset' && !inGroup) || picking) && (
        <div className="b-cb__picker">
          {level === 'unset' && !inGroup && (
            <p className="b-muted">How familiar are you with {name}? One click to set it:</p>
          )}
          <LevelPicker compact value={level} onChange={(next) => void setLevel(next)} />
        </div>
      )}
      {notes.length > 0 && <Notes view={view!} />}
      <div className="b-row">
        <button type="button" className="b-link" aria-expanded={noting} onClick={() => setNoting(!noting)}>
          {noting ? 'Close note' : 'Add note'}
        </button>
        {view && view.contact.driftCheck === false && (
          <button
            type="button"
            className="b-link"
            onClick={() => void props.onDriftCheck(participant, true).catch(() => {})}
          >
            Turn the drift check back on for {name}
          </button>
        )}
      </div>
      {noting && (
        <QuickNote
          placeholder={`Note about ${name}… (Ctrl+Enter to save)`}
          onSave={async (text) => {
            await props.onAddNote(participant, text);
            setNoting(false);
          }}
        />
      )}
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The latest note; "Show all N notes" loads the rest (batch lookups carry only the latest). */
function Notes({ view }: { view: ContactView }) {
  const [expanded, setExpanded] = useState(false);
  const [all, setAll] = useState<Note[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestId = view.latestNotes[0]?.id;
  useEffect(() => {
    if (!expanded) return;
    let live = true;
    request('listNotes', { ref: view.contact.id })
      .then((notes) => live && setAll(notes))
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
  }, [expanded, view.contact.id, view.noteCount, latestId]);
  const shown = expanded && all ? all : view.latestNotes.slice(0, 1);
  return (
    <div className="b-cb__notes">
      <NoteList notes={shown} />
      {view.noteCount > 1 && (
        <button type="button" className="b-link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer notes' : `Show all ${view.noteCount} notes`}
        </button>
      )}
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function ComposerBadge(props: BadgeProps) {
  const { entry } = props;
  const [open, setOpen] = useState(false);
  const participants = entry.info.participants;
  if (!entry.loaded || participants.length === 0) return null;
  if (entry.error)
    return (
      <div className="b-cb b-muted" role="note">
        Boundaries can’t reach its saved notes right now.
      </div>
    );
  if (participants.length === 1) {
    return (
      <section className="b-cb" aria-label={`Boundaries: ${displayName(entry, participants[0]!)}`}>
        <PersonDetails entry={entry} participant={participants[0]!} props={props} />
      </section>
    );
  }
  const level = levelOf(entry);
  const saved = participants.filter((p) => viewOf(entry, p) !== null).length;
  const strictest = participants
    .filter((p) => level !== 'unset' && viewOf(entry, p)?.contact.level === level)
    .map((p) => displayName(entry, p));
  return (
    <section className="b-cb" aria-label={`Boundaries: group of ${participants.length}`}>
      <div className="b-row b-cb__line">
        <LevelDot level={level} />
        <strong className="b-cb__level">{LEVEL_LABELS[level]}</strong>
        <span className="b-muted">
          {level === 'unset'
            ? `${participants.length} people, none with a level yet`
            : `strictest of ${participants.length} people (${strictest.slice(0, 2).join(', ')}${strictest.length > 2 ? '…' : ''})`}
          {saved > 0 ? ` · ${saved} saved` : ''}
        </span>
        <button type="button" className="b-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide people' : 'Show people'}
        </button>
      </div>
      {open && (
        <ul className="b-cb__people" aria-label="People in this conversation">
          {participants.map((participant) => (
            <li key={participant.key}>
              <PersonDetails entry={entry} participant={participant} props={props} inGroup />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function identityOf(participant: Participant) {
  return {
    aliases: participant.refs.slice(1, 20),
    ...(participant.name ? { displayName: participant.name.slice(0, 2000) } : {}),
  };
}

export const badgeActions: Omit<BadgeProps, 'entry'> = {
  async onSetLevel(participant, level) {
    await request('saveContact', { ref: participant.key, identity: identityOf(participant), patch: { level } });
  },
  async onAddNote(participant, text) {
    await request('addNote', { ref: participant.key, text, identity: identityOf(participant) });
  },
  async onDriftCheck(participant, on) {
    await request('saveContact', {
      ref: participant.key,
      identity: identityOf(participant),
      patch: { driftCheck: on },
    });
  },
};
