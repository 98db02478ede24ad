import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-TZSMMJS3.js";
import "./chunk-UN7V3IU2.js";
import "./chunk-TUH2UQ5U.js";
import "./chunk-25HKQ36Z.js";
import "./chunk-K3B46ITN.js";
import "./chunk-X5YCOIP5.js";
import "./chunk-K3UH2AYM.js";
import "./chunk-Q2KPTR6F.js";
import "./chunk-5AZZGWPN.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-J7IK6PGK.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-RJG6HTZ6.js";
import "./chunk-QKGZ24MW.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
