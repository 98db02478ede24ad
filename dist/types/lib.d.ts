export * from './stats/index.js';
export * from './metrics/text-index.js';
export * from './metrics/label-index.js';
