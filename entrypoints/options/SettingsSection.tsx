import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORIES, CATEGORY_LABELS, type Category, type Sensitivity } from '../../analyzer/types';
import { onStorageChange, request } from '../../storage/client';
import type { Settings } from '../../storage/model';
import { ToneLearnedPanel } from './ToneLearnedPanel';

type Patch = Partial<Settings>;

const FEATURES: {
  key: 'profilePanel' | 'badges' | 'composerBadge' | 'driftCheck' | 'postNudge' | 'commentHint' | 'panelCollapsed';
  label: string;
  hint: string;
}[] = [
  {
    key: 'profilePanel',
    label: 'Notes panel on profiles',
    hint: 'Your notes and the familiarity level beside a person’s LinkedIn profile.',
  },
  {
    key: 'panelCollapsed',
    label: 'Start the profile panel collapsed',
    hint: 'Show only its header until you open it.',
  },
  {
    key: 'badges',
    label: 'Familiarity badges next to names',
    hint: 'A small coloured badge beside people you have saved, in the feed, search and messages.',
  },
  {
    key: 'composerBadge',
    label: 'Familiarity badge while messaging',
    hint: 'The level and your latest notes above the message box.',
  },
  {
    key: 'driftCheck',
    label: 'Tone check on messages',
    hint: 'A gentle hint when a message reads more personal than the person’s level.',
  },
  {
    key: 'postNudge',
    label: 'Nudge before personal-style posts',
    hint: 'Asks before a personal-style post goes to a professional audience.',
  },
  {
    key: 'commentHint',
    label: 'Hint in comment boxes',
    hint: 'A quiet hint under comments that read personal (comments never get the dialog).',
  },
];

const AUDIENCES: { key: keyof Settings['nudgeAudiences']; label: string }[] = [
  { key: 'anyone', label: 'Anyone (public posts)' },
  { key: 'connections', label: 'Connections only' },
  { key: 'group', label: 'Groups' },
  { key: 'event', label: 'Events' },
];

const SENSITIVITIES: { value: Sensitivity; label: string }[] = [
  { value: 'low', label: 'Low: only clearly personal posts' },
  { value: 'default', label: 'Default' },
  { value: 'high', label: 'High: flag anything that might read personal' },
];

/** Every setting, saved as it changes. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [commands, setCommands] = useState<{ name?: string; description?: string; shortcut?: string }[]>([]);
  const ids = useId();
  const [openedAt] = useState(() => Date.now());

  useEffect(() => {
    const load = () =>
      request('getSettings', {})
        .then(setSettings)
        .catch((failure: Error) => setError(failure.message));
    load();
    browser.commands
      .getAll()
      .then(setCommands)
      .catch(() => setCommands([]));
    return onStorageChange((change) => {
      if (change.settings) load();
    });
  }, []);

  async function save(patch: Patch, message = 'Setting saved') {
    setError(null);
    try {
      setSettings(await request('updateSettings', { patch }));
      setStatus(message);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function setNotifications(on: boolean) {
    if (on) {
      // Asked at the moment the user turns it on (a user gesture), and only then.
      let granted: boolean;
      try {
        granted = await browser.permissions.request({ permissions: ['notifications'] });
      } catch (failure) {
        setError(`Notifications could not be enabled: ${failure instanceof Error ? failure.message : String(failure)}`);
        return;
      }
      if (!granted) {
        setError('Notifications stay off: the browser did not grant the permission.');
        return;
      }
    } else {
      await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
    }
    await save({ followUpNotifications: on }, on ? 'Follow-up notifications on' : 'Follow-up notifications off');
  }

  if (!settings) return <p className="b-muted">{error ?? 'Loading settings…'}</p>;
  const disabled = new Set(settings.disabledCategories);

  return (
    <section className="b-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Settings</h2>
      <div className="b-card-grid">
        <div className="b-panel">
          <fieldset>
            <legend>Features</legend>
            {FEATURES.map(({ key, label, hint }) => (
              <label key={key} className="b-check" title={hint}>
                <input
                  type="checkbox"
                  checked={settings[key]}
                  onChange={(event) => void save({ [key]: event.target.checked })}
                  aria-describedby={`${ids}-${key}`}
                />
                <span>
                  {label}
                  <span id={`${ids}-${key}`} className="b-muted" style={{ display: 'block' }}>
                    {hint}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>

        <div className="b-panel">
          <fieldset>
            <legend>Post nudge: audiences that count as professional</legend>
            {AUDIENCES.map(({ key, label }) => (
              <label key={key} className="b-check">
                <input
                  type="checkbox"
                  checked={settings.nudgeAudiences[key]}
                  onChange={(event) =>
                    void save({ nudgeAudiences: { ...settings.nudgeAudiences, [key]: event.target.checked } })
                  }
                />
                {label}
              </label>
            ))}
          </fieldset>
          {settings.nudgeSnoozedUntil > openedAt && (
            <div className="b-row">
              <span>Post nudge snoozed until {new Date(settings.nudgeSnoozedUntil).toLocaleString()}.</span>
              <button
                type="button"
                className="b-button"
                onClick={() => void save({ nudgeSnoozedUntil: 0 }, 'Nudge resumed')}
              >
                Resume now
              </button>
            </div>
          )}
          {settings.mutedCategories.length > 0 && (
            <div className="b-field">
              <span className="b-label">You said “Don’t ask for” these:</span>
              <div className="b-chips">
                {settings.mutedCategories.map((category) => (
                  <span key={category} className="b-chip">
                    {CATEGORY_LABELS[category]}
                    <button
                      type="button"
                      className="b-link"
                      aria-label={`Ask again for ${CATEGORY_LABELS[category]}`}
                      onClick={() =>
                        void save({ mutedCategories: settings.mutedCategories.filter((c) => c !== category) })
                      }
                    >
                      ✕
                    </button>
                  </span>
                ))}
              </div>
            </div>
          )}
        </div>

        <div className="b-panel">
          <fieldset>
            <legend>Tone analyzer sensitivity</legend>
            {SENSITIVITIES.map(({ value, label }) => (
              <label key={value} className="b-check">
                <input
                  type="radio"
                  name={`${ids}-sensitivity`}
                  value={value}
                  checked={settings.sensitivity === value}
                  onChange={() => void save({ sensitivity: value })}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Topics that count as personal</legend>
            {CATEGORIES.map((category) => (
              <label key={category} className="b-check">
                <input
                  type="checkbox"
                  checked={!disabled.has(category)}
                  onChange={(event) =>
                    void save({
                      disabledCategories: event.target.checked
                        ? settings.disabledCategories.filter((c) => c !== category)
                        : [...settings.disabledCategories, category],
                    })
                  }
                />
                {CATEGORY_LABELS[category]}
              </label>
            ))}
          </fieldset>
        </div>

        <div className="b-panel">
          <WordList
            label="My work is about… (words from these topics never count as personal)"
            placeholder="e.g. baking, pet food"
            items={settings.workTopics}
            onChange={(workTopics) => void save({ workTopics })}
          />
          <WordList
            label="Words never to flag"
            placeholder="e.g. pitch"
            items={settings.ignoredWords}
            onChange={(ignoredWords) => void save({ ignoredWords })}
          />
          <ExtraWords items={settings.extraWords} onChange={(extraWords) => void save({ extraWords })} />
        </div>

        <ToneLearnedPanel />

        <div className="b-panel">
          <fieldset>
            <legend>Follow-ups and reminders</legend>
            <label className="b-check">
              <input
                type="checkbox"
                checked={settings.followUpNotifications}
                onChange={(event) => void setNotifications(event.target.checked)}
              />
              Notify me when follow-ups are due (asks for the notifications permission)
            </label>
            <p className="b-muted">The toolbar icon always shows how many follow-ups are due today or overdue.</p>
          </fieldset>
          <p className="b-muted">The backup reminder is set in the Backup section.</p>
        </div>

        <div className="b-panel">
          <h3>Keyboard shortcuts</h3>
          {commands.length === 0 ? (
            <p className="b-muted">No shortcuts.</p>
          ) : (
            <ul>
              {commands
                .filter((command) => command.description)
                .map((command) => (
                  <li key={command.name}>
                    {command.description}:{' '}
                    {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span className="b-muted">not set</span>}
                  </li>
                ))}
            </ul>
          )}
          <button
            type="button"
            className="b-button"
            onClick={() =>
              void browser.tabs
                .create({ url: 'chrome://extensions/shortcuts' })
                .catch(() => setError('Open your browser’s extension shortcuts page to change them.'))
            }
          >
            Change shortcuts
          </button>
        </div>
      </div>
      <p className="b-visually-hidden" role="status">
        {status}
      </p>
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </section>
  );
}

function WordList({
  label,
  placeholder,
  items,
  onChange,
}: {
  label: string;
  placeholder: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    const words = draft
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
    if (words.length) onChange([...new Set([...items, ...words])]);
    setDraft('');
  };
  return (
    <div className="b-field">
      <label htmlFor={id}>{label}</label>
      <div className="b-row" style={{ flexWrap: 'nowrap' }}>
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={placeholder}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="b-button" onClick={add} disabled={!draft.trim()}>
          Add
        </button>
      </div>
      {items.length > 0 && (
        <div className="b-chips">
          {items.map((item) => (
            <span key={item} className="b-chip">
              {item}
              <button
                type="button"
                className="b-link"
                aria-label={`Remove ${item}`}
                onClick={() => onChange(items.filter((other) => other !== item))}
              >
                ✕
              </button>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

function ExtraWords({
  items,
  onChange,
}: {
  items: Settings['extraWords'];
  onChange: (items: Settings['extraWords']) => void;
}) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category>('leisure');
  const id = useId();
  const add = () => {
    const word = text.trim();
    if (!word) return;
    onChange([...items.filter((item) => item.text !== word), { text: word, category }]);
    setText('');
  };
  return (
    <div className="b-field">
      <span className="b-label" id={`${id}-l`}>
        My own personal words
      </span>
      <div className="b-row" style={{ flexWrap: 'nowrap' }} role="group" aria-labelledby={`${id}-l`}>
        <input
          type="text"
          aria-label="Word or phrase"
          value={text}
          placeholder="e.g. padel"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <select
          aria-label="Topic of the word"
          value={category}
          onChange={(event) => setCategory(event.target.value as Category)}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <button type="button" className="b-button" onClick={add} disabled={!text.trim()}>
          Add
        </button>
      </div>
      {items.length > 0 && (
        <div className="b-chips">
          {items.map((item) => (
            <span key={item.text} className="b-chip">
              {item.text} ({CATEGORY_LABELS[item.category]})
              <button
                type="button"
                className="b-link"
                aria-label={`Remove ${item.text}`}
                onClick={() => onChange(items.filter((other) => other.text !== item.text))}
              >
                ✕
              </button>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
