import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-GCDZ32A4.js";
import "./chunk-PF4NMTS5.js";
import "./chunk-2QG77H5D.js";
import "./chunk-CVWKAJEL.js";
import "./chunk-2CC7JAVC.js";
import "./chunk-UXPJQIVR.js";
import "./chunk-64B2DFWD.js";
import "./chunk-G3Q45EWR.js";
import "./chunk-CXXI7X5Q.js";
import "./chunk-QOIKQL3P.js";
import "./chunk-DVNVI4ND.js";
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
