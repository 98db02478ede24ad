import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  renderMarkdown
} from "./chunk-KCAN4FA6.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-BX4ROB6G.js";
export {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  renderMarkdown
};
