import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-EDYGSLGN.js";
import "./chunk-ET2JT4VK.js";
import "./chunk-RJZ7YKWJ.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-RXUAWXXA.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-SWLMONDR.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
