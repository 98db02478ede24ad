import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-AFWS3RX4.js";
import "./chunk-Z6MEXZRG.js";
import "./chunk-QX2O3DV6.js";
import "./chunk-BFZBWMFZ.js";
import "./chunk-RSBR54IJ.js";
import "./chunk-HR466DOS.js";
import "./chunk-TZAQMTCD.js";
import "./chunk-A5YM7N5A.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-MPVJLZSZ.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-SKFH73JI.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
