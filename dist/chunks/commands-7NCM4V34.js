import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish,
  runCommand
} from "./chunk-YSGQ6JDY.js";
import "./chunk-ORC6IL5A.js";
import "./chunk-ZUY5H7I7.js";
import "./chunk-25HKQ36Z.js";
import "./chunk-RQLVBCB4.js";
import "./chunk-MBWVPKHG.js";
import "./chunk-FHJCVJJ5.js";
import "./chunk-QIGZWABE.js";
import "./chunk-GO6VZEN6.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-VBAMD75H.js";
import "./chunk-KQUVSUIU.js";
import "./chunk-QKGZ24MW.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";
export {
  finish,
  runCommand
};
