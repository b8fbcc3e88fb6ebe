import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { syncRequest } from '../../storage/sync/client';
import { originPattern, type SyncMessage, type SyncView } from '../../storage/sync/service';

/**
 * Sync (issue 13): the user's own WebDAV folder, end-to-end encrypted. Host access to that server is
 * requested when the user turns sync on (the click is the user gesture), never before.
 */
export function SyncSection() {
  const ids = useId();
  const [view, setView] = useState<SyncView | null>(null);
  const [server, setServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    syncRequest({ action: 'status' })
      .then((next) => {
        setView(next);
        setError(null);
      })
      .catch((failure: Error) => setError(failure.message));
  }, []);

  useEffect(() => {
    syncRequest({ action: 'status' })
      .then((first) => {
        setView(first);
        if (first.config) {
          setServer(first.config.server);
          setUser(first.config.user);
        }
      })
      .catch((failure: Error) => setError(failure.message));
    const timer = setInterval(refresh, 1_000);
    return () => clearInterval(timer);
  }, [refresh]);

  const run = (message: SyncMessage) => {
    setBusy(true);
    setError(null);
    return syncRequest(message)
      .then(setView)
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setBusy(false));
  };

  const turnOn = (unlockOnly: boolean) => {
    const pattern = originPattern(server);
    if (!pattern) {
      setError('The server address must start with https:// (or http:// for a server on this computer).');
      return;
    }
    setError(null);
    // Requested inside the click (a user gesture), before anything else: Firefox requires it.
    browser.permissions
      .request({ origins: [pattern] })
      .then((granted) => {
        if (!granted) {
          setError(`Sync stays off: Boundaries needs your permission to reach ${new URL(server).host}.`);
          return;
        }
        const message: SyncMessage = unlockOnly
          ? { action: 'unlock', payload: { passphrase } }
          : { action: 'enable', payload: { server, user, password, passphrase } };
        return run(message).then(() => setPassphrase(''));
      })
      .catch((failure: Error) => setError(`Sync could not be turned on: ${failure.message}`));
  };

  const turnOff = () => {
    const pattern = view?.config ? originPattern(view.config.server) : null;
    void run({ action: 'disable' }).then(() => {
      if (pattern) void browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    });
  };

  const status = view?.status;
  const config = view?.config;
  const on = Boolean(config?.enabled);
  const locked = on && !config?.hasPassphrase;
  const showLastSynced = status && status.lastSyncedAt > 0 && !status.message.startsWith('Last synced');

  return (
    <section className="b-section" aria-labelledby={`${ids}-h`} data-boundaries="sync">
      <h2 id={`${ids}-h`}>Sync</h2>
      <p className="b-muted">
        Keep your notes on every computer through storage you own: a WebDAV folder on Nextcloud, ownCloud, Synology, Box
        or a home server. Everything is encrypted on this device with your passphrase before it leaves: the server sees
        only random file names and ciphertext. The passphrase is never sent anywhere; without it nobody, not even you,
        can read the synced data, so keep it somewhere safe.
      </p>
      <div role="status" aria-live="polite" className="b-panel">
        <p>{status ? status.message : 'Loading…'}</p>
        {showLastSynced && <p className="b-muted">Last synced {new Date(status.lastSyncedAt).toLocaleString()}.</p>}
        {status?.warnings.map((warning) => (
          <p key={warning} className="b-muted">
            {warning}
          </p>
        ))}
      </div>
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
      <form
        className="b-fields"
        onSubmit={(event) => {
          event.preventDefault();
          turnOn(locked);
        }}
      >
        <div className="b-field">
          <label htmlFor={`${ids}-server`}>Server address (WebDAV folder)</label>
          <input
            id={`${ids}-server`}
            type="url"
            value={server}
            disabled={on}
            placeholder="https://cloud.example.com/remote.php/dav/files/you/Boundaries/"
            onChange={(e) => setServer(e.target.value)}
            autoComplete="url"
          />
        </div>
        <div className="b-field">
          <label htmlFor={`${ids}-user`}>User name</label>
          <input
            id={`${ids}-user`}
            type="text"
            value={user}
            disabled={on}
            onChange={(e) => setUser(e.target.value)}
            autoComplete="username"
          />
        </div>
        <div className="b-field">
          <label htmlFor={`${ids}-password`}>Password or app password</label>
          <input
            id={`${ids}-password`}
            type="password"
            value={password}
            disabled={on}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </div>
        <div className="b-field">
          <label htmlFor={`${ids}-passphrase`}>Passphrase for encryption (at least 8 characters)</label>
          <input
            id={`${ids}-passphrase`}
            type="password"
            value={passphrase}
            disabled={on && !locked}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="new-password"
          />
        </div>
        <div className="b-row">
          {(!on || locked) && (
            <button type="submit" className="b-button" disabled={busy}>
              {locked ? 'Unlock sync' : 'Turn on sync'}
            </button>
          )}
          {on && (
            <button
              type="button"
              className="b-button"
              disabled={busy || locked}
              onClick={() => void run({ action: 'syncNow' })}
            >
              Sync now
            </button>
          )}
          {on && (
            <button type="button" className="b-button" disabled={busy} onClick={turnOff}>
              Turn off sync
            </button>
          )}
          {on && !locked && (
            <button
              type="button"
              className="b-link"
              disabled={busy}
              onClick={() => void run({ action: 'forgetPassphrase' })}
            >
              Forget this passphrase on this device
            </button>
          )}
        </div>
      </form>
      {on && !locked && (
        <details>
          <summary>Change the passphrase</summary>
          <p className="b-muted">
            Everything is re-encrypted with the new passphrase. Other computers stop syncing until you enter the new
            passphrase there; nothing on them is lost.
          </p>
          <div className="b-field">
            <label htmlFor={`${ids}-new`}>New passphrase</label>
            <input
              id={`${ids}-new`}
              type="password"
              value={newPassphrase}
              onChange={(e) => setNewPassphrase(e.target.value)}
              autoComplete="new-password"
            />
          </div>
          <button
            type="button"
            className="b-button"
            disabled={busy || newPassphrase.length < 8}
            onClick={() =>
              void run({ action: 'changePassphrase', payload: { passphrase: newPassphrase } }).then(() =>
                setNewPassphrase(''),
              )
            }
          >
            Re-encrypt with the new passphrase
          </button>
        </details>
      )}
    </section>
  );
}
