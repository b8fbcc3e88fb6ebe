import { useEffect, useId, useRef, useState } from 'react';
import {
  MAX_IMPORT_CHARS,
  describeProblem,
  exportContactsCsv,
  snapshotBackup,
  summarizePreview,
  uploadForImport,
  type ImportKind,
  type ImportPreview,
  type MergeStrategy,
} from '../../storage/backup';
import { StorageError, onStorageChange, request } from '../../storage/client';
import { decodeText, describeDateReading, type DateOrder, type TextEncodingName } from '../../storage/csv';
import { openDb, type BoundariesDb } from '../../storage/db';
import type { Settings } from '../../storage/model';

const STRATEGIES: { value: MergeStrategy; label: string; hint: string }[] = [
  { value: 'keep-newer', label: 'Keep newer', hint: 'For each person, the version edited more recently wins.' },
  { value: 'keep-mine', label: 'Keep mine', hint: 'What is stored here wins; the file only fills gaps.' },
  { value: 'keep-theirs', label: 'Keep theirs', hint: 'The file wins (settings too).' },
];

const REMINDERS = [0, 1, 2, 4, 8, 12];

let db: BoundariesDb | null = null;
/** The extension's database, opened by this page for reading backups. */
function localDb(): BoundariesDb {
  db ??= openDb();
  return db;
}

function dateStamp(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Download {
  url: string;
  name: string;
  label: string;
}

/** Saves `text` through a download link with a blob URL (works in Chrome and Firefox, no permission). */
function offerDownload(text: string, name: string, type: string, label: string, previous: Download | null): Download {
  if (previous) URL.revokeObjectURL(previous.url);
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  return { url, name, label };
}

export function BackupSection() {
  const ids = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const [busy, setBusy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () =>
      request('getSettings', {})
        .then(setSettings)
        .catch(() => {});
    void load();
    return onStorageChange((change) => {
      if (change.settings) void load();
    });
  }, []);

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy('');
    }
  }

  const exportJson = () =>
    run('Exporting…', async () => {
      // Read here (extension pages may open the database) rather than through ten megabytes of
      // messaging; the background then records the backup time and tells every context.
      const backup = await snapshotBackup(localDb());
      await request('updateSettings', { patch: { lastBackupAt: backup.exportedAt } });
      const name = `boundaries-backup-${dateStamp()}.json`;
      setDownload((previous) =>
        offerDownload(
          JSON.stringify(backup),
          name,
          'application/json',
          `${name} (${backup.contacts.length} contacts, ${backup.notes.length} notes)`,
          previous,
        ),
      );
      setStatus(`Backup ready: ${backup.contacts.length} contacts, ${backup.notes.length} notes.`);
    });

  const exportCsv = () =>
    run('Exporting…', async () => {
      // Read here, like the backup: tens of megabytes of notes cannot travel as one browser message.
      const { csv, count } = await exportContactsCsv(localDb());
      const name = `boundaries-contacts-${dateStamp()}.csv`;
      setDownload((previous) =>
        offerDownload(`\ufeff${csv}`, name, 'text/csv', `${name} (${count} contacts)`, previous),
      );
      setStatus(`CSV ready: ${count} contacts.`);
    });

  return (
    <section className="b-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Backup and import</h2>
      <p className="b-muted">
        Everything stays on this computer. Uninstalling Boundaries deletes its data, so keep a backup file somewhere
        safe.
        {settings &&
          (settings.lastBackupAt
            ? ` Last backup: ${new Date(settings.lastBackupAt).toLocaleString()}.`
            : ' No backup yet.')}
      </p>
      <div className="b-card-grid">
        <div className="b-panel">
          <h3>Export</h3>
          <div className="b-row">
            <button
              type="button"
              className="b-button b-button--primary"
              onClick={() => void exportJson()}
              disabled={!!busy}
            >
              Export backup (JSON)
            </button>
            <button type="button" className="b-button" onClick={() => void exportCsv()} disabled={!!busy}>
              Export contacts (CSV)
            </button>
          </div>
          <p className="b-muted">
            The backup holds contacts, notes, settings and the nudge log. The CSV holds each contact with their latest
            notes, for spreadsheets.
          </p>
          {download && (
            <p>
              If the download did not start:{' '}
              <a href={download.url} download={download.name} data-boundaries="download-link">
                save {download.label}
              </a>
            </p>
          )}
          <div className="b-field">
            <label htmlFor={`${ids}-remind`}>Remind me to back up</label>
            <select
              id={`${ids}-remind`}
              value={settings?.backupReminderWeeks ?? 0}
              onChange={(event) =>
                void request('updateSettings', { patch: { backupReminderWeeks: Number(event.target.value) } })
                  .then((next) => {
                    setSettings(next);
                    setStatus('Backup reminder saved');
                  })
                  .catch((failure: Error) => setError(failure.message))
              }
            >
              {REMINDERS.map((weeks) => (
                <option key={weeks} value={weeks}>
                  {weeks === 0 ? 'Never' : weeks === 1 ? 'Every week' : `Every ${weeks} weeks`}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ImportPanel
          kind="backup"
          title="Import a backup"
          fileLabel="Choose a Boundaries backup (.json)"
          accept=".json,application/json"
        />
        <ImportPanel
          kind="connections"
          title="Import LinkedIn connections"
          fileLabel="Choose Connections.csv"
          accept=".csv,text/csv"
          hint="From LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. Each connection becomes a contact with “how we met: connected on …”. Existing contacts only get empty fields filled."
        />
      </div>
      {busy && <p role="status">{busy}</p>}
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

function ImportPanel({
  kind,
  title,
  fileLabel,
  accept,
  hint,
}: {
  kind: ImportKind;
  title: string;
  fileLabel: string;
  accept: string;
  hint?: string;
}) {
  const ids = useId();
  const [text, setText] = useState<string | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingName | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const [fileName, setFileName] = useState('');
  const [strategy, setStrategy] = useState<MergeStrategy>('keep-newer');
  const [previewed, setPreviewed] = useState<{
    key: string;
    preview: ImportPreview | null;
    error: string | null;
  } | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  /** The chosen file, uploaded to the background in parts once (again if the background restarted). */
  const uploaded = useRef<{ text: string; upload: Promise<string> } | null>(null);

  /** Runs `work` with the file's upload, uploading it first (or again, if the background lost it). */
  async function withUpload<T>(file: string, work: (upload: string) => Promise<T>): Promise<T> {
    const upload = () => {
      if (uploaded.current?.text !== file) {
        const started = uploadForImport(file, (part) => request('stageImport', part));
        uploaded.current = { text: file, upload: started };
        started.catch(() => uploaded.current?.upload === started && (uploaded.current = null));
      }
      return uploaded.current!.upload;
    };
    try {
      return await work(await upload());
    } catch (failure) {
      if (!(failure instanceof StorageError && failure.code === 'not-found')) throw failure;
      uploaded.current = null;
      return work(await upload());
    }
  }

  // The preview follows the chosen file and merge choice; results arrive asynchronously.
  const previewKey = text === null ? null : `${strategy}:${dateOrder}:${text.length}:${fileName}`;
  useEffect(() => {
    if (text === null || previewKey === null) return;
    let current = true;
    withUpload(text, (upload) => request('previewImport', { kind, upload, strategy, dateOrder }))
      .then((next) => current && setPreviewed({ key: previewKey, preview: next, error: null }))
      .catch((failure: Error) => current && setPreviewed({ key: previewKey, preview: null, error: failure.message }));
    return () => {
      current = false;
    };
  }, [kind, text, strategy, dateOrder, previewKey]);
  const preview = previewed && previewed.key === previewKey ? previewed.preview : null;
  const previewError = previewed && previewed.key === previewKey ? previewed.error : null;
  const previewing = previewKey !== null && previewed?.key !== previewKey;

  async function choose(file: File | undefined) {
    setResult(null);
    setPreviewed(null);
    setError(null);
    setText(null);
    setEncoding(null);
    setDateOrder(undefined);
    setSkipInvalid(false);
    if (!file) {
      if (input.current) input.current.value = '';
      return;
    }
    setFileName(file.name);
    if (file.size > MAX_IMPORT_CHARS) {
      setError(
        `“${file.name}” is ${(file.size / 1_000_000).toFixed(1)} MB: too large to import (Boundaries reads files of up to ${MAX_IMPORT_CHARS / 1_000_000} million characters at once). Nothing was imported.`,
      );
      return;
    }
    try {
      // Read as the bytes say (a spreadsheet may have saved it as Windows-1252 or UTF-16), not always UTF-8.
      const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
      setEncoding(decoded.encoding);
      setText(decoded.text);
    } catch (failure) {
      setError(`“${file.name}” could not be read: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }

  async function apply() {
    if (text === null) return;
    setBusy(true);
    setError(null);
    try {
      // The order the preview showed, so the import reads dates exactly as previewed.
      const order = dateOrder ?? preview?.dates?.order ?? undefined;
      const done = await withUpload(text, (upload) =>
        request('applyImport', { kind, upload, strategy, skipInvalid, dateOrder: order }),
      );
      uploaded.current = null;
      setResult(
        `Imported “${fileName}”: ${summarizePreview(done)}${done.notesAdded ? `, ${done.notesAdded} notes added` : ''}${done.notesGivenNewIds ? `; ${notesGivenNewIdsText(done.notesGivenNewIds)}` : ''}.`,
      );
      setText(null);
      setPreviewed(null);
      if (input.current) input.current.value = '';
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="b-panel" data-boundaries={`import-${kind}`}>
      <h3>{title}</h3>
      {hint && <p className="b-muted">{hint}</p>}
      <div className="b-field">
        <label htmlFor={`${ids}-file`}>{fileLabel}</label>
        <input
          ref={input}
          id={`${ids}-file`}
          type="file"
          accept={accept}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {kind === 'backup' && (
        <fieldset>
          <legend>When a person is in both</legend>
          {STRATEGIES.map(({ value, label, hint: why }) => (
            <label key={value} className="b-check" title={why}>
              <input
                type="radio"
                name={`${ids}-strategy`}
                value={value}
                checked={strategy === value}
                onChange={() => setStrategy(value)}
              />
              <span>
                {label}
                <span className="b-muted" style={{ display: 'block' }}>
                  {why}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {preview && (
        <div className="b-preview" data-boundaries="import-preview" aria-live="polite">
          <p>
            <strong>{summarizePreview(preview)}</strong>
            {preview.notesAdded > 0 && `; ${preview.notesAdded} notes to add`}
            {preview.notesKeptAsCopies > 0 && `; ${preview.notesKeptAsCopies} differing notes kept as separate notes`}
            {preview.notesGivenNewIds > 0 && `; ${notesGivenNewIdsText(preview.notesGivenNewIds)}`}
            {preview.settings === 'replaced' && '; settings replaced'}
            {preview.toneLearned === 'replaced' && '; what Boundaries learned from your choices replaced'}
            {preview.toneLearned === 'kept' && '; what Boundaries learned on this device kept'}
          </p>
          {encoding && (
            <p data-boundaries="import-encoding">
              Read as {encoding}
              {encoding === 'Windows-1252' &&
                ' (the file is not UTF-8: probably saved by Excel on Windows; accented names are read as such)'}
              {encoding === 'Mac Roman' &&
                ' (the file is not UTF-8: probably saved as “CSV” by Excel for Mac; accented names are read as such)'}
              {encoding.startsWith('UTF-16') && ' (saved as “Unicode text”)'}.
            </p>
          )}
          {preview.dates && (
            <p data-boundaries="import-dates">
              {describeDateReading(preview.dates)}
              {preview.dates.order && preview.dates.orderFrom !== 'file' && (
                <label className="b-field">
                  <span>Dates such as 05/10/2020 are</span>{' '}
                  <select
                    value={preview.dates.order}
                    onChange={(event) => setDateOrder(event.target.value as DateOrder)}
                  >
                    <option value="day-first">day/month/year (5 Oct 2020)</option>
                    <option value="month-first">month/day/year (10 May 2020)</option>
                  </select>
                </label>
              )}
            </p>
          )}
          {preview.warningCount > 0 && (
            <details>
              <summary>
                {preview.warningCount} {preview.warningCount === 1 ? 'note' : 'notes'} about the file
              </summary>
              <ul>
                {preview.warnings.map((warning) => (
                  <li key={describeProblem(warning)}>{describeProblem(warning)}</li>
                ))}
                {preview.warningCount > preview.warnings.length && (
                  <li>…and {preview.warningCount - preview.warnings.length} more</li>
                )}
              </ul>
            </details>
          )}
          {preview.problemCount > 0 && (
            <div role="alert">
              <p className="b-error">
                {preview.problemCount} {preview.problemCount === 1 ? 'record cannot' : 'records cannot'} be imported:
              </p>
              <ul>
                {preview.problems.map((problem) => (
                  <li key={describeProblem(problem)}>{describeProblem(problem)}</li>
                ))}
                {preview.problemCount > preview.problems.length && (
                  <li>…and {preview.problemCount - preview.problems.length} more</li>
                )}
              </ul>
              <label className="b-check">
                <input
                  type="checkbox"
                  checked={skipInvalid}
                  onChange={(event) => setSkipInvalid(event.target.checked)}
                />
                Skip them and import the rest
              </label>
            </div>
          )}
          <div className="b-row">
            <button
              type="button"
              className="b-button b-button--primary"
              onClick={() => void apply()}
              disabled={busy || (preview.problemCount > 0 && !skipInvalid)}
            >
              Import
            </button>
            <button type="button" className="b-button" onClick={() => void choose(undefined)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {(busy || previewing) && <p className="b-muted">Working…</p>}
      {result && <p role="status">{result}</p>}
      {(error ?? previewError) && (
        <p role="alert" className="b-error">
          {error ?? previewError}
        </p>
      )}
    </div>
  );
}

function notesGivenNewIdsText(count: number): string {
  return `${count} ${count === 1 ? 'note shared its id' : 'notes shared their ids'} with another note in the file: both kept, ${count === 1 ? 'it under a new id' : 'those under new ids'}`;
}
