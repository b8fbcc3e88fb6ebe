import { defineConfig } from 'wxt';

/**
 * `npm run build:e2e` sets BOUNDARIES_E2E=1: the only difference is that our shadow roots are open,
 * so automated tests can reach inside them. Production builds use closed shadow roots.
 */
const e2e = process.env.BOUNDARIES_E2E === '1';

/** Any WebDAV server the user may sync with; only the one they enter is ever requested. */
const SYNC_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // BOUNDARIES_OUT lets parallel e2e runs build into separate folders.
  outDir: process.env.BOUNDARIES_OUT ?? (e2e ? '.output/e2e' : '.output'),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    define: { __BOUNDARIES_E2E__: JSON.stringify(e2e) },
  }),
  manifest: ({ browser }) => ({
    name: 'Boundaries',
    description:
      'Private notes and familiarity levels for your LinkedIn contacts, shown where you talk to them.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Asked for at run time from the manager: notifications only if the user turns on follow-up
    // notifications; the sync server's origin only when the user turns on sync (issue 13). Firefox's
    // Manifest V2 lists optional origins among optional_permissions.
    optional_permissions: ['notifications', ...(browser === 'firefox' ? SYNC_ORIGINS : [])],
    ...(browser === 'firefox' ? {} : { optional_host_permissions: SYNC_ORIGINS }),
    host_permissions: ['*://*.linkedin.com/*'],
    commands: {
      'focus-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Focus the quick note box on a LinkedIn profile',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'boundaries@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
