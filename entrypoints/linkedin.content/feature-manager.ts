/**
 * Features declare where they run; the manager starts them, and on LinkedIn's in-app navigation aborts
 * the ones that asked to restart (or no longer apply) and starts what now applies. A feature that throws
 * is contained: LinkedIn keeps working as if we were not there.
 */
import type { Settings } from '../../storage/model';
import { rescanPage } from './linkedin/dom';
import type { Lifetime } from './linkedin/lifetime';
import type { UrlPredicate } from './linkedin/urls';

export interface FeatureRun {
  /** Aborted when the feature must stop (navigation, settings change, extension unloaded). */
  signal: AbortSignal;
  url: URL;
  settings: Settings;
  /** The content script's lifetime (ends only when the extension goes away; never by a page event). */
  ctx: Lifetime;
}

export interface Feature {
  id: string;
  /** The feature runs on URLs matching any of these. */
  include: UrlPredicate[];
  exclude?: UrlPredicate[];
  /** The setting that switches this feature off, if any. */
  setting?: keyof Settings;
  /** Restart on every in-app navigation (true for page-specific UIs such as the profile panel). */
  restartOnNavigation?: boolean;
  /** Settings read at init: the feature restarts when one of them changes (others never restart it). */
  watchSettings?: (keyof Settings)[];
  init(run: FeatureRun): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  if (feature.include.length === 0) throw new Error(`Feature ${feature.id} has an empty include list`);
  return feature;
}

export function applies(feature: Feature, url: URL, settings: Settings): boolean {
  if (feature.setting && settings[feature.setting] === false) return false;
  if (!feature.include.some((predicate) => predicate(url))) return false;
  return !feature.exclude?.some((predicate) => predicate(url));
}

export class FeatureManager {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly features: Feature[],
    private readonly ctx: Lifetime,
  ) {}

  /**
   * Starts and stops features for this URL and settings. `navigated` restarts the restart-on-navigation
   * ones; `previousSettings` restarts those watching a setting that changed.
   */
  update(
    url: URL,
    settings: Settings,
    { navigated = false, previousSettings }: { navigated?: boolean; previousSettings?: Settings } = {},
  ): void {
    for (const feature of this.features) {
      const current = this.running.get(feature.id);
      const wanted = applies(feature, url, settings);
      const settingsChanged =
        previousSettings !== undefined &&
        (feature.watchSettings ?? []).some(
          (key) => JSON.stringify(previousSettings[key]) !== JSON.stringify(settings[key]),
        );
      const restart = (navigated && feature.restartOnNavigation) || settingsChanged;
      if (current && (!wanted || restart)) {
        current.abort();
        this.running.delete(feature.id);
      }
      if (wanted && !this.running.has(feature.id)) this.start(feature, url, settings);
    }
    // Features that keep running across navigation follow changes incrementally; the new page gets one
    // full look from each of them (the page owner changed, whole regions were swapped).
    if (navigated && typeof document !== 'undefined') rescanPage(document);
  }

  private start(feature: Feature, url: URL, settings: Settings): void {
    const controller = new AbortController();
    this.running.set(feature.id, controller);
    this.ctx.onInvalidated(() => controller.abort());
    const fail = (error: unknown) => {
      // Fail open: drop our feature, never LinkedIn's page.
      console.debug(`[Boundaries] ${feature.id} stopped`, error);
      controller.abort();
    };
    try {
      const result = feature.init({ signal: controller.signal, url, settings, ctx: this.ctx });
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  stopAll(): void {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
  }
}
