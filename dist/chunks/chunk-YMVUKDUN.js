import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/core/intern.ts
var SMALL = 160;
var ENTRIES = 5e4;
function createInterner() {
  const table = /* @__PURE__ */ new Map();
  return (value) => {
    if (value === null || typeof value !== "object" && typeof value !== "string") return value;
    const key = typeof value === "string" ? `s${value}` : `o${JSON.stringify(value)}`;
    if (key.length > SMALL) return value;
    const found = table.get(key);
    if (found !== void 0) return found;
    if (table.size < ENTRIES) table.set(key, value);
    return value;
  };
}

export {
  createInterner
};
