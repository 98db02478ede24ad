import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/core/format.ts
function formatValue(ref, value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "\u2013";
  if (!ref) return Number.isInteger(value) ? String(value) : round(value, 3);
  switch (ref.kind) {
    case "scorer":
      return ref.stat === "pass_rate" ? `${round(value * 100, 1)}%` : round(value, 3);
    case "errors":
      return ref.stat === "rate" ? `${round(value * 100, 1)}%` : String(value);
    case "latency":
      return `${round(value, 0)} ms`;
    case "cost":
      return `$${value < 1 ? value.toPrecision(3) : round(value, 2)}`;
    case "tokens":
      return round(value, 0);
    case "critical_failures":
      return String(value);
    case "judge_agreement":
      return round(value, 2);
  }
}
function formatDelta(ref, delta) {
  if (delta === null || delta === void 0 || Number.isNaN(delta)) return "\u2013";
  const sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "\xB1";
  const magnitude = Math.abs(delta);
  if (ref && (ref.kind === "scorer" && ref.stat === "pass_rate" || ref.kind === "errors" && ref.stat === "rate"))
    return `${sign}${round(magnitude * 100, 1)} pp`;
  return `${sign}${formatValue(ref, magnitude)}`;
}
function round(value, digits) {
  const fixed = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

export {
  formatValue,
  formatDelta,
  round
};
