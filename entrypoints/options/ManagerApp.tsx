import { useEffect, useState } from 'react';
import { useManagerStore, type ManagerSection } from '../../components/store';
import { request } from '../../storage/client';
import { BackupSection } from './BackupSection';
import { ContactsSection } from './ContactsSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { MergesSection } from './MergesSection';
import { SettingsSection } from './SettingsSection';
import { SyncSection } from './SyncSection';

const SECTIONS: { id: ManagerSection; label: string }[] = [
  { id: 'contacts', label: 'Contacts' },
  { id: 'merges', label: 'Merged people' },
  { id: 'settings', label: 'Settings' },
  { id: 'backup', label: 'Backup and import' },
  { id: 'sync', label: 'Sync' },
  { id: 'diagnostics', label: 'Diagnostics' },
];

function sectionFromHash(): ManagerSection | null {
  const id = location.hash.slice(1);
  return SECTIONS.some((section) => section.id === id) ? (id as ManagerSection) : null;
}

/** The full-page manager (the options page, opened in a tab). */
export function ManagerApp() {
  const section = useManagerStore((state) => state.section);
  const setSection = useManagerStore((state) => state.setSection);
  const [backupDue, setBackupDue] = useState(false);

  useEffect(() => {
    const fromHash = sectionFromHash();
    if (fromHash) setSection(fromHash);
    const onHash = () => {
      const next = sectionFromHash();
      if (next) setSection(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setSection]);

  useEffect(() => {
    request('getSettings', {})
      .then((s) =>
        setBackupDue(
          s.backupReminderWeeks > 0 && Date.now() - s.lastBackupAt >= s.backupReminderWeeks * 7 * 24 * 3600_000,
        ),
      )
      .catch(() => {});
  }, [section]);

  const label = SECTIONS.find((s) => s.id === section)!.label;
  useEffect(() => {
    document.title = `${label} · Boundaries`;
  }, [label]);

  return (
    <div className="b-manager">
      <nav className="b-nav" aria-label="Sections">
        <h1>Boundaries</h1>
        {SECTIONS.map(({ id, label: text }) => (
          <button
            key={id}
            type="button"
            aria-current={section === id ? 'page' : undefined}
            onClick={() => {
              setSection(id);
              history.replaceState(null, '', `#${id}`);
            }}
          >
            {text}
          </button>
        ))}
      </nav>
      <main className="b-main">
        {backupDue && section !== 'backup' && (
          <div className="b-banner" role="status">
            <span>It is time to back up your notes.</span>
            <button type="button" className="b-button" onClick={() => setSection('backup')}>
              Go to backup
            </button>
          </div>
        )}
        {section === 'contacts' && <ContactsSection />}
        {section === 'merges' && <MergesSection />}
        {section === 'settings' && <SettingsSection />}
        {section === 'backup' && <BackupSection />}
        {section === 'sync' && <SyncSection />}
        {section === 'diagnostics' && <DiagnosticsSection />}
      </main>
    </div>
  );
}
