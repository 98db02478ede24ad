import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-NNI3KSKX.js";
import "./chunk-NWFE3ARW.js";
import "./chunk-I6K7NCDV.js";
import "./chunk-5PD437XC.js";
import "./chunk-KNAGVBYE.js";
import "./chunk-6XXZF4OJ.js";
import "./chunk-HVFCNBSN.js";
import "./chunk-S6ONSDY5.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-YN4GDNJL.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-NDZKKG2X.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
