import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-AMRGJY2W.js";
import "./chunk-N5G6LE2H.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-J7IK6PGK.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-RJG6HTZ6.js";
import "./chunk-QKGZ24MW.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-HJANZYA7.js";
import "./chunk-ORWIBNRE.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
