import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/core/intern.ts
var SMALL = 160;
var ENTRIES = 5e4;
function createInterner() {
  const table = /* @__PURE__ */ new Map();
  return (value) => {
    if (value === null || typeof value !== "object" && typeof value !== "string") return value;
    let exotic = false;
    const json = typeof value === "string" ? "" : JSON.stringify(value, (_, v) => {
      if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) exotic = true;
      return v;
    });
    if (exotic) return value;
    const key = typeof value === "string" ? `s${value}` : `o${json}`;
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
