// Build-time stand-in for zod's locale index: evalgate's messages are English, and bundling
// zod's ~50 locales costs start-up time on every CLI call.
export { default as en } from '../node_modules/zod/v4/locales/en.js';
