import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-HYLSJZ4V.js";
import "./chunk-SBATRKSP.js";
import "./chunk-NFCHPRWR.js";
import "./chunk-TUNE2ZWJ.js";
import "./chunk-5YGV4SRQ.js";
import "./chunk-OSJ5Z7QG.js";
import "./chunk-QBD4MYDG.js";
import "./chunk-WQPCKKGG.js";
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
