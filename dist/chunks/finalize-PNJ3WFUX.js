import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-6PD2HWKX.js";
import "./chunk-ET2JT4VK.js";
import "./chunk-RJZ7YKWJ.js";
import "./chunk-5NJAYBWN.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-RXUAWXXA.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-4RXBHYG4.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
