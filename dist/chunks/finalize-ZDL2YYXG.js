import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-6YUFUC2R.js";
import "./chunk-Y4OKSF6G.js";
import "./chunk-EQND6P5K.js";
import "./chunk-AM2RDML7.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-FTIEFIKX.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-CX3ZTRIY.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
