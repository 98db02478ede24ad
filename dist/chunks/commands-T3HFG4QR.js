import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-BPJQ473O.js";
import "./chunk-5A2AG6U6.js";
import "./chunk-NL5PBID4.js";
import "./chunk-NZ32LZPM.js";
import "./chunk-TAVH3P7I.js";
import "./chunk-Q3VZGQEF.js";
import "./chunk-5PNZQLKL.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TEHKK4DV.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-BKDEN73L.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-ZQ5H7MXY.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
