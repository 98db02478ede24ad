import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-KPDV23LD.js";
import "./chunk-LWR5PC4T.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-VBAMD75H.js";
import "./chunk-KQUVSUIU.js";
import "./chunk-QKGZ24MW.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-EQND6P5K.js";
import "./chunk-AM2RDML7.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
