import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-AFTWK6MN.js";
import "./chunk-ILPPHYUI.js";
import "./chunk-SAJYYA5F.js";
import "./chunk-BTZ34ULP.js";
import "./chunk-ORHTCVAP.js";
import "./chunk-27DBT4B5.js";
import "./chunk-IE4WWETO.js";
import "./chunk-Q7ZUI25R.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-WNVPVHZJ.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-7G2BCF5V.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
