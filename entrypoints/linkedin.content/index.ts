import { DEFAULT_SETTINGS, type Settings } from '../../storage/model';
import { onStorageChange, request } from '../../storage/client';
import { FeatureManager } from './feature-manager';
import { features } from './features';
import { removeLeftoverHosts } from './linkedin/dom';

export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const manager = new FeatureManager(features, ctx);
    let settings: Settings = DEFAULT_SETTINGS;
    let url = new URL(location.href);
    try {
      settings = await request('getSettings', {});
    } catch (error) {
      console.debug('[Boundaries] settings unavailable, using defaults', error);
    }
    if (ctx.isInvalid) return;
    // An update while this tab was open: the previous version's UI goes before ours appears.
    removeLeftoverHosts();
    manager.update(url, settings);

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      url = new URL(newUrl);
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
    ctx.onInvalidated(() => {
      unsubscribe();
      manager.stopAll();
    });
  },
});
