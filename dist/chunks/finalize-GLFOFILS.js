import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-CSRFKPRH.js";
import "./chunk-LWR5PC4T.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-WNVPVHZJ.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-7G2BCF5V.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-EQND6P5K.js";
import "./chunk-AM2RDML7.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
