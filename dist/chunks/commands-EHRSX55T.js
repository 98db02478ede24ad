import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-N6OTDV3S.js";
import "./chunk-5NBH7R6B.js";
import "./chunk-MO46CMQX.js";
import "./chunk-GBXG34U5.js";
import "./chunk-GUXA5B3W.js";
import "./chunk-R7ZFVBX3.js";
import "./chunk-JGOGTU6C.js";
import "./chunk-DW4UXZ4B.js";
import "./chunk-LGKK3KCK.js";
import "./chunk-BMULZ3CC.js";
import "./chunk-5FBE5O4W.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import "./chunk-QLKSHDMK.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-EUES72YL.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-2347DATU.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
