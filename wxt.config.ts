import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * `npm run build:e2e` sets BOUNDARIES_E2E=1: the only difference is that our shadow roots are open,
 * so automated tests can reach inside them. Production builds use closed shadow roots.
 */
const e2e = process.env.BOUNDARIES_E2E === '1';

/** Any WebDAV server the user may sync with; only the one they enter is ever requested. */
const SYNC_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * zod runs jitless (storage/zod.ts), so its code generator is never called, but its `new Function` calls
 * still ship, and AMO's linter reports them as eval. This swaps the Function constructor in zod's own
 * files for one that throws: every call site already catches that (allowsEval, compile) or is reachable
 * only with the JIT on (Doc.compile). `web-ext lint` in `npm test` checks that no eval is left.
 */
const zodWithoutEval: Plugin = {
  name: 'boundaries:zod-without-eval',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !code.includes('const F = Function;')) return null;
    return code.replaceAll(
      'const F = Function;',
      "const F = function () { throw new EvalError('zod runs jitless in Boundaries'); };",
    );
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // BOUNDARIES_OUT lets parallel e2e runs build into separate folders.
  outDir: process.env.BOUNDARIES_OUT ?? (e2e ? '.output/e2e' : '.output'),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    plugins: [zodWithoutEval],
    define: { __BOUNDARIES_E2E__: JSON.stringify(e2e) },
  }),
  manifest: ({ browser }) => ({
    name: 'Boundaries',
    description: 'Private notes and familiarity levels for your LinkedIn contacts, shown where you talk to them.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Asked for at run time from the manager: notifications only if the user turns on follow-up
    // notifications; the sync server's origin only when the user turns on sync (issue 13). Firefox's
    // Manifest V2 lists optional origins among optional_permissions.
    optional_permissions: ['notifications', ...(browser === 'firefox' ? SYNC_ORIGINS : [])],
    ...(browser === 'firefox' ? {} : { optional_host_permissions: SYNC_ORIGINS }),
    // LinkedIn's own site over HTTPS only (issue 15): never http://, never other *.linkedin.com hosts.
    host_permissions: ['https://www.linkedin.com/*'],
    // Our extension-origin frame (issue 15: notes are rendered and typed only there), loadable by
    // LinkedIn's page only. Chrome: use_dynamic_url gives it a per-session random address, so LinkedIn
    // can't probe for Boundaries by fetching a fixed chrome-extension:// URL. Firefox (MV2) already gives
    // every install a random moz-extension:// UUID.
    web_accessible_resources:
      browser === 'firefox'
        ? (['frame.html'] as unknown as never)
        : [{ resources: ['frame.html'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true }],
    commands: {
      'focus-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Focus the quick note box on a LinkedIn profile',
      },
    },
    ...(browser === 'firefox'
      ? {
          // 140 (desktop) and 142 (Android) are the first versions that read data_collection_permissions,
          // which tells AMO and the install prompt that nothing is collected; every other key is older.
          browser_specific_settings: {
            gecko: {
              id: 'boundaries@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
