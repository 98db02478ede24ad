import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-X6DCKZQ6.js";
import "./chunk-DH63KMZZ.js";
import "./chunk-45NZQ7QZ.js";
import "./chunk-J6ZBNVMU.js";
import "./chunk-YNK7BMBK.js";
import "./chunk-3F2JS47G.js";
import "./chunk-USVONP6G.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-NIS6GRIE.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-Y777CDUE.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-ZQ5H7MXY.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
