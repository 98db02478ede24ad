import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-4LW4SLEM.js";
import "./chunk-3WBXW5VE.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-BCM3YFZQ.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-X2PA4T2E.js";
import "./chunk-ZNK74DLD.js";
import "./chunk-MAXFAU5S.js";
import "./chunk-QZRLA6EH.js";
import "./chunk-ORWIBNRE.js";
import "./chunk-TSQXNMN6.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
