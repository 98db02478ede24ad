import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  readRunFile,
  writeResults
} from "./chunk-DLPHOMSS.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-SWLMONDR.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  readRunFile,
  writeResults
};
