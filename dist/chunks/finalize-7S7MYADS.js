import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-EMMF2WNR.js";
import "./chunk-ET2JT4VK.js";
import "./chunk-QFLDR6VO.js";
import "./chunk-RXUAWXXA.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-YN4GDNJL.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-NDZKKG2X.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
