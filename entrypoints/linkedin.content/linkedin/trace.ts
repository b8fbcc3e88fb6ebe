/**
 * What our code saw, narrated to the console in the automation build only, so an end-to-end test that
 * fails on a loaded machine shows the sequence (the harness prints it with the failure). Used by the
 * content script and by frame.html. Production builds drop every call: `__BOUNDARIES_E2E__` is a
 * compile-time constant there.
 */
declare const __BOUNDARIES_E2E__: boolean;
const E2E = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;

export function trace(...parts: unknown[]): void {
  if (E2E) console.debug('[Boundaries trace]', Math.round(performance.now()), ...parts);
}
