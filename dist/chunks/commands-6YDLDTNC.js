import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-3BJLOG2T.js";
import "./chunk-MCMIYJOF.js";
import "./chunk-AKAWV5EQ.js";
import "./chunk-Z4V3UUME.js";
import "./chunk-IVODAIMR.js";
import "./chunk-2PD5BNLU.js";
import "./chunk-ZDONHAAK.js";
import "./chunk-NZP5ZTA2.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-FTIEFIKX.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-CX3ZTRIY.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
