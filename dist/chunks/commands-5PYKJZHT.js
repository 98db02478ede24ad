import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-OU2QUI55.js";
import "./chunk-ITTLYNKW.js";
import "./chunk-4UU27OK7.js";
import "./chunk-KCAN4FA6.js";
import "./chunk-YHULESQH.js";
import "./chunk-4M6Q6S7T.js";
import "./chunk-QIDP5AFC.js";
import "./chunk-MOR6CRO6.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-DLPHOMSS.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-SWLMONDR.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
