import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-XN4FGBHX.js";
import "./chunk-RTXB7CCY.js";
import "./chunk-MTDTH3MM.js";
import "./chunk-EKNPWTRY.js";
import "./chunk-2SHT4IPR.js";
import "./chunk-PLDDLZMI.js";
import "./chunk-RZIIYWFY.js";
import "./chunk-V6OGYPMV.js";
import "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import "./chunk-COK2ABR5.js";
import "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DDNPVRFT.js";
import "./chunk-K2TGH57N.js";
import "./chunk-R6UKLIAN.js";
import "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
