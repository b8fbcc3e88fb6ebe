import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/** The built manifests, as users install them (npm test builds both before the e2e project runs). */
function manifest(target: string) {
  return JSON.parse(readFileSync(join(ROOT, '.output', target, 'manifest.json'), 'utf8'));
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest hygiene', (target) => {
  it('asks for no more than it needs and exposes nothing to pages', () => {
    const m = manifest(target);
    const apiPermissions = (m.permissions as string[]).filter((p) => !p.includes('://'));
    expect(apiPermissions.sort()).toEqual(['alarms', 'storage', 'unlimitedStorage']);
    const hosts = [...(m.host_permissions ?? []), ...(m.permissions as string[]).filter((p) => p.includes('://'))];
    // LinkedIn's own site over HTTPS only: never http://, never other *.linkedin.com hosts (issue 15).
    expect(hosts).toEqual(['https://www.linkedin.com/*']);
    // One page is exposed, to LinkedIn only: the extension-origin frame notes are rendered in (issue 15).
    // Chrome gives it a per-session random address (use_dynamic_url) so a page can't probe for a fixed
    // URL; Firefox's MV2 addresses are per install already.
    if (target === 'chrome-mv3')
      expect(m.web_accessible_resources).toEqual([
        { resources: ['frame.html'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true },
      ]);
    else expect(m.web_accessible_resources).toEqual(['frame.html']);
    expect(m.externally_connectable).toBeUndefined();
    for (const script of m.content_scripts) expect(script.matches).toEqual(['https://www.linkedin.com/*']);
  });

  it('asks for a sync server only as an optional permission, requested when sync is turned on', () => {
    const m = manifest(target);
    const optionalHosts = [
      ...(m.optional_host_permissions ?? []),
      ...(m.optional_permissions as string[]).filter((p) => p.includes('://')),
    ];
    expect(optionalHosts.sort()).toEqual(['http://*/*', 'https://*/*']);
  });
});

describe('build variants', () => {
  it('the Firefox build names its add-on id; the Chrome build is MV3 with a service worker', () => {
    expect(manifest('firefox-mv2').browser_specific_settings.gecko.id).toBe('boundaries@example.org');
    const chrome = manifest('chrome-mv3');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background.service_worker).toBe('background.js');
  });

  it('production builds use closed shadow roots; the e2e build differs only there', () => {
    const script = (dir: string) => readFileSync(join(ROOT, dir, 'chrome-mv3/content-scripts/linkedin.js'), 'utf8');
    const modeOf = (source: string) => {
      const variable = /attachShadow\(\{mode:(\w+)\}\)/.exec(source)?.[1];
      return variable && new RegExp(`(?:var |,)${variable}=[\`"'](\\w+)[\`"']`).exec(source)?.[1];
    };
    expect(modeOf(script('.output'))).toBe('closed');
    expect(modeOf(script(process.env.BOUNDARIES_OUT ?? '.output/e2e'))).toBe('open');
  });
});
