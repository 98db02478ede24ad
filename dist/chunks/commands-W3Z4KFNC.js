import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-27SZREIP.js";
import "./chunk-OVA25PBJ.js";
import "./chunk-EOPL5GZX.js";
import "./chunk-25HKQ36Z.js";
import "./chunk-W3RCC7NK.js";
import "./chunk-NRY74ZRE.js";
import "./chunk-EPDJN3NT.js";
import "./chunk-M2X4NZRS.js";
import "./chunk-HDRRNNP6.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-BCM3YFZQ.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-X2PA4T2E.js";
import "./chunk-ZNK74DLD.js";
import "./chunk-MAXFAU5S.js";
import "./chunk-TSQXNMN6.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
