import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-KKEXQKKW.js";
import "./chunk-NBCP6LSC.js";
import "./chunk-ZSZDAH5Z.js";
import "./chunk-TUNE2ZWJ.js";
import "./chunk-3MD2BI37.js";
import "./chunk-XQEWKCBF.js";
import "./chunk-PISUQG56.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-4PGVYYUN.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-5NJAYBWN.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-4RXBHYG4.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
