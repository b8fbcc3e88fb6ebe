/**
 * On-device tone analyzer: does this draft read personal or professional?
 * Pure and DOM-free; see types.ts for the contract.
 */
export * from './types.ts';
export { analyze, prepare, THRESHOLDS, MAX_EVIDENCE } from './analyze.ts';
export { explain } from './explain.ts';
