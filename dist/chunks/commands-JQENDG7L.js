import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-B5FJPOVL.js";
import "./chunk-SDRV2FTW.js";
import "./chunk-33JMNBCK.js";
import "./chunk-FTZ3WRIS.js";
import "./chunk-UUWA56B7.js";
import "./chunk-GPI4BAAD.js";
import "./chunk-PC7PGJSM.js";
import "./chunk-6W32NING.js";
import "./chunk-SPDM7VC7.js";
import "./chunk-GGEYMDXR.js";
import "./chunk-YG3C6WCH.js";
import "./chunk-L4AIGYAJ.js";
import "./chunk-HWHPGBMB.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DLHEYDM3.js";
import "./chunk-K2TGH57N.js";
import "./chunk-FS4T4OWM.js";
import "./chunk-4Y4HIGJ6.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
