import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-NI63WJDQ.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";

// src/cli/load-or-throw.ts
var unwrap = (result) => {
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
};
function loadOrThrow(file) {
  return unwrap(loadConfig(file));
}

export {
  unwrap,
  loadOrThrow
};
