import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-2TXUA4CC.js";
import "./chunk-7KSJS7QC.js";
import "./chunk-2OCV5CLA.js";
import "./chunk-Y777CDUE.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-CRBR5EG7.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-ZQ5H7MXY.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
