import { DEFAULT_SETTINGS, type Settings } from '../../storage/model';
import { onStorageChange, request } from '../../storage/client';
import { FeatureManager } from './feature-manager';
import { features } from './features';
import { removeLeftoverHosts } from './linkedin/dom';
import { Lifetime } from './linkedin/lifetime';

export default defineContentScript({
  // Only LinkedIn's own site, over HTTPS: never plain http:// nor other *.linkedin.com hosts (issue 15).
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // WXT's context (the `main` argument) is deliberately unused: a page can invalidate it with a forged
  // event. Our Lifetime ends only when the extension is gone (linkedin/lifetime.ts).
  async main() {
    const lifetime = new Lifetime();
    const manager = new FeatureManager(features, lifetime);
    let settings: Settings = DEFAULT_SETTINGS;
    let url = new URL(location.href);
    try {
      settings = await request('getSettings', {});
    } catch (error) {
      console.debug('[Boundaries] settings unavailable, using defaults', error);
    }
    if (lifetime.isInvalid) return;
    url = new URL(location.href);
    // An update while this tab was open: the previous version's UI goes before ours appears.
    removeLeftoverHosts();
    manager.update(url, settings);

    lifetime.watchLocation((next) => {
      url = next;
      manager.update(url, settings, { navigated: true });
    });
    const unsubscribe = onStorageChange((change) => {
      if (!change.settings) return;
      void request('getSettings', {})
        .then((next) => {
          const previousSettings = settings;
          settings = next;
          manager.update(url, settings, { previousSettings });
        })
        .catch(() => {});
    });
    lifetime.onInvalidated(() => {
      unsubscribe();
      manager.stopAll();
    });
  },
});
