import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  readRunFile,
  writeResults
} from "./chunk-4PGVYYUN.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-4RXBHYG4.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  readRunFile,
  writeResults
};
