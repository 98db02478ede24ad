import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/report/escape.ts
var ZWSP = "\u200B";
function escapeInline(text, maxLength = 200) {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}\u2026` : text;
  return clipped.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/^([#>+-]|\d+[.)])(?=\s|$)/, "\\$1").replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`).replace(/(^|[^\w])#(?=\d)/g, `$1#${ZWSP}`).replace(/\b([\w.-]+\/[\w.-]+)#(?=\d)/g, `$1#${ZWSP}`).replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/(www)\./gi, `$1${ZWSP}.`).replace(/:\/\//g, `:${ZWSP}//`);
}
function codeBlock(text, maxLength = 2e3) {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength)}
\u2026 (${text.length - maxLength} more characters in run.json)` : text;
  const longest = Math.max(0, ...[...clipped.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${clipped.replace(/\r\n?/g, "\n")}
${fence}`;
}
function inlineCode(text) {
  const clean = text.replace(/\r?\n|\r/g, " ").slice(0, 120);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${ticks}${pad}${clean.replace(/\|/g, "\\|")}${pad}${ticks}`;
}

export {
  escapeInline,
  codeBlock,
  inlineCode
};
