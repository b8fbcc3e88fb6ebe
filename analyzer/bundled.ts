/**
 * The analyzer with the shipped model installed. For Node (CLI, evaluation, tests) and the background
 * worker; content scripts import './index.ts' and receive the model from the background instead, so the
 * weights are not in every LinkedIn tab's bundle.
 */
import { MODEL_ASSET } from './model-data.ts';
import { setModelAsset } from './analyze.ts';

export const BUNDLED_MODEL = MODEL_ASSET;
setModelAsset(MODEL_ASSET);

export * from './index.ts';
