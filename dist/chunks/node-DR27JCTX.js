import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-ETEJ5N24.js";
import "./chunk-BX4ROB6G.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
