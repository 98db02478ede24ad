import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-W4IISPPQ.js";
import "./chunk-RTXB7CCY.js";
import "./chunk-RL7XJHU3.js";
import "./chunk-EKNPWTRY.js";
import "./chunk-T6UOYW7O.js";
import "./chunk-BLID7H6Y.js";
import "./chunk-DXKBBJC3.js";
import "./chunk-2F4AH6SM.js";
import "./chunk-7Q35TDQQ.js";
import "./chunk-6FSNNZYC.js";
import "./chunk-AYLXNATP.js";
import "./chunk-NI63WJDQ.js";
import "./chunk-HWHPGBMB.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DLHEYDM3.js";
import "./chunk-K2TGH57N.js";
import "./chunk-UB6MXJC3.js";
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
