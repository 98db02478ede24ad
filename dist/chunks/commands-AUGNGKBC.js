import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-ZUDW7MZH.js";
import "./chunk-GZ2LCRZE.js";
import "./chunk-I763I65D.js";
import "./chunk-IOHZLHDB.js";
import "./chunk-WWQMOCHE.js";
import "./chunk-LCCGJJVD.js";
import "./chunk-LO5W3PH2.js";
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
