import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-7QQ5J65I.js";
import "./chunk-SDRV2FTW.js";
import "./chunk-U4RNFPHC.js";
import "./chunk-FTZ3WRIS.js";
import "./chunk-EKXQG4MM.js";
import "./chunk-XDTCTOU6.js";
import "./chunk-4S6AAUKP.js";
import "./chunk-C4IP2FEN.js";
import "./chunk-PQWM4GQZ.js";
import "./chunk-2MZNLWI5.js";
import "./chunk-JXQFBBA3.js";
import "./chunk-L4AIGYAJ.js";
import "./chunk-YMVUKDUN.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DLHEYDM3.js";
import "./chunk-K2TGH57N.js";
import "./chunk-GY64RNBG.js";
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
