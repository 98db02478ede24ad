import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-6WR55WQY.js";
import "./chunk-QMNFLPCU.js";
import "./chunk-GJ43RANW.js";
import "./chunk-QLKSHDMK.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-EUES72YL.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-NSMXFBXU.js";
import "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-2347DATU.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
