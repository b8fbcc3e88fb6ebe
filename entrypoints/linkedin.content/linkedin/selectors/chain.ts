/**
 * A selector chain: ordered fallbacks for one thing on LinkedIn's page, most specific first, each with
 * a comment naming the markup era it matches. Every chain is exercised against fixtures in
 * tests/dom/selectors.test.ts.
 */
export interface SelectorChain {
  /** Stable name, shown in diagnostics ("profile.topCard: missed"). */
  readonly name: string;
  readonly selectors: readonly string[];
}

export function chain(name: string, selectors: readonly string[]): SelectorChain {
  if (selectors.length === 0) throw new Error(`Selector chain ${name} is empty`);
  return { name, selectors };
}

/** Elements whose open shadow roots hold LinkedIn's Ember islands (share box, message overlay). */
export const SHADOW_HOSTS = chain('shadowHosts', [
  // 2026: `div#interop-outlet[data-testid="interop-shadowdom"]`
  '#interop-outlet',
  '[data-testid="interop-shadowdom"]',
]);
