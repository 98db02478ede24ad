import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-6AHXPCKY.js";
import "./chunk-SABWJ672.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DDNPVRFT.js";
import "./chunk-K2TGH57N.js";
import "./chunk-R6UKLIAN.js";
import "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-WRP7FQOV.js";
import "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finalizeRun
};
