// The library's public API: pure functions a user can call directly; the scorers and the gate
// use the same ones. Everything else is internal.
export * from './stats/index.js';
export * from './metrics/text-index.js';
export * from './metrics/label-index.js';
