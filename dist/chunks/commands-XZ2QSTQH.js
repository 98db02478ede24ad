import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-PP6C32EW.js";
import "./chunk-IZ4W4WBO.js";
import "./chunk-ZYDUT3FL.js";
import "./chunk-IOHZLHDB.js";
import "./chunk-E2IASWLJ.js";
import "./chunk-Q2XTPPIB.js";
import "./chunk-OWZM6X3N.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TEHKK4DV.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BKDEN73L.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-AJW5CZRE.js";
import "./chunk-ZQ5H7MXY.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
