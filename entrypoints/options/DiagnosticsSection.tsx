import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { timeAgo } from '../../components/time';
import { request } from '../../storage/client';
import type { AnchorStat } from '../../storage/manager-queries';

/**
 * Which LinkedIn anchors the content script found or missed on recent pages. Local only: nothing is
 * sent anywhere; "Copy report" puts a plain-text summary (no names, no URLs) on the clipboard.
 */
export function DiagnosticsSection() {
  const ids = useId();
  const [stats, setStats] = useState<AnchorStat[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [model, setModel] = useState<string | null>(null);
  const [learned, setLearned] = useState<string | null>(null);

  useEffect(() => {
    // The tone model as the background holds it: a broken or missing asset means drafts are not checked.
    request('analyzerModel', {})
      .then((answer) =>
        setModel(
          answer.asset
            ? `Tone model ${'id' in answer ? answer.id : ''} loaded: drafts are checked on this device.`
            : `Tone model unavailable (${'error' in answer ? answer.error : 'unknown reason'}): drafts are not checked, nothing nudges.`,
        ),
      )
      .catch((failure: Error) => setModel(`Tone model status unknown (${failure.message}).`));
    // What it learned from this user: a corrupt or newer-version record is ignored, and said so here.
    request('toneLearned', {})
      .then((answer) =>
        setLearned(
          answer.problem ??
            (answer.state
              ? `What it learned from your choices is in use (${answer.summary.fine + answer.summary.agreed} choices, ${answer.summary.features} adjusted features).`
              : 'Nothing learned from your choices yet: drafts are judged by the shipped model.'),
        ),
      )
      .catch((failure: Error) => setLearned(`What it learned from your choices is unknown (${failure.message}).`));
  }, []);

  const load = useCallback(() => {
    request('listDiagnostics', {})
      .then(setStats)
      .catch((failure: Error) => setError(failure.message));
  }, []);

  useEffect(() => {
    load();
    const timer = setInterval(load, 5_000);
    return () => clearInterval(timer);
  }, [load]);

  const report = () => {
    const manifest = browser.runtime.getManifest();
    const lines = [
      `Boundaries ${manifest.version} diagnostics, ${new Date().toISOString()}`,
      `Browser: ${navigator.userAgent}`,
      ...(stats ?? []).map(
        (s) =>
          `${s.pageKind}\t${s.chain}\t${s.found ? 'found' : 'MISSED'}\tfound ${s.foundCount}×, missed ${s.missedCount}×`,
      ),
    ];
    return lines.join('\n');
  };

  const missed = stats?.filter((s) => !s.found).length ?? 0;
  return (
    <section className="b-section" aria-labelledby={`${ids}-h`} data-boundaries="diagnostics">
      <h2 id={`${ids}-h`}>Diagnostics</h2>
      <p className="b-muted">
        LinkedIn changes its pages often. This lists the parts of LinkedIn’s pages Boundaries looked for on recent
        visits and whether it found them, so you can tell us what broke. It stays on this computer until you copy it.
      </p>
      {model && <p data-boundaries="tone-model-status">{model}</p>}
      {learned && <p data-boundaries="tone-learned-status">{learned}</p>}
      <div className="b-row">
        <button
          type="button"
          className="b-button"
          disabled={!stats?.length}
          onClick={() =>
            void navigator.clipboard
              .writeText(report())
              .then(() => setStatus('Report copied'))
              .catch(() => setError('Could not copy: select the table and copy it instead.'))
          }
        >
          Copy report
        </button>
        <button
          type="button"
          className="b-button"
          onClick={() => void request('clearDiagnostics', {}).then(load)}
          disabled={!stats?.length}
        >
          Clear
        </button>
        <span role="status">{status}</span>
      </div>
      {stats === null ? (
        <p className="b-muted">Loading…</p>
      ) : stats.length === 0 ? (
        <p className="b-muted">
          Nothing recorded yet: visit a few LinkedIn pages (profiles, messages, the feed) and come back.
        </p>
      ) : (
        <>
          <p>
            {missed === 0
              ? 'Everything was found on the latest visits.'
              : `${missed} ${missed === 1 ? 'anchor was' : 'anchors were'} missed on the latest visit.`}
          </p>
          <table className="b-stat-table">
            <caption className="b-visually-hidden">Anchors found and missed</caption>
            <thead>
              <tr>
                <th scope="col">Page</th>
                <th scope="col">Anchor</th>
                <th scope="col">Latest</th>
                <th scope="col">Found</th>
                <th scope="col">Missed</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((stat) => (
                <tr key={`${stat.pageKind}:${stat.chain}`}>
                  <td>{stat.pageKind}</td>
                  <td>
                    <code>{stat.chain}</code>
                  </td>
                  <td className={stat.found ? 'b-found' : 'b-missed'}>{stat.found ? 'Found' : 'Missed'}</td>
                  <td>{stat.foundCount}</td>
                  <td>{stat.missedCount}</td>
                  <td>{timeAgo(stat.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </section>
  );
}
