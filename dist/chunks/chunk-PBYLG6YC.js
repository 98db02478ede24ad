import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/core/intern.ts
var SMALL = 160;
var ENTRIES = 5e4;
function createInterner() {
  const table = /* @__PURE__ */ new Map();
  return (value) => {
    if (value === null || typeof value !== "object" && typeof value !== "string") return value;
    let key;
    if (typeof value === "string") {
      if (value.length >= SMALL) return value;
      key = `s${value}`;
    } else {
      const json = JSON.stringify(value);
      if (json.length >= SMALL || holdsUnwritable(value)) return value;
      key = `o${json}`;
    }
    const found = table.get(key);
    if (found !== void 0) return found;
    if (table.size < ENTRIES) table.set(key, value);
    return value;
  };
}
function holdsUnwritable(value) {
  let found = false;
  JSON.stringify(value, (_, v) => {
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) found = true;
    return v;
  });
  return found;
}

export {
  createInterner
};
