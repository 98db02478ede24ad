import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  createGitHubClient,
  describeError,
  isHttpError,
  isPermissionError
} from "./chunk-QKEYEF4Y.js";
import "./chunk-UMEM2MXZ.js";
import "./chunk-BX4ROB6G.js";
export {
  createGitHubClient,
  describeError,
  isHttpError,
  isPermissionError
};
