/**
 * What our code saw, narrated to the console in the automation build only, so an end-to-end test that
 * fails on a loaded machine shows the sequence (the harness prints it with the failure). Production builds
 * drop every call: `E2E_BUILD` is a compile-time constant there.
 */
import { E2E_BUILD } from './dom';

export function trace(...parts: unknown[]): void {
  if (E2E_BUILD) console.debug('[Boundaries trace]', Math.round(performance.now()), ...parts);
}
