import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/scorers/llm-judge-scale.ts
var BUNDLED_SCALE = judgeScale("pass-fail");
function judgeScale(scale) {
  return scale === "pass-fail" ? { low: 0, high: 1, passFail: true } : { low: scale[0], high: scale[1], passFail: false };
}
function humanRating(label, scale) {
  if (scale.passFail) {
    if (label === "pass" || label === true || label === 1) return 1;
    if (label === "fail" || label === false || label === 0) return 0;
    return void 0;
  }
  const n = typeof label === "string" && label.trim() !== "" ? Number(label) : label;
  return typeof n === "number" && Number.isInteger(n) && n >= scale.low && n <= scale.high ? n : void 0;
}
function ratedLabel(human, scorer, scale) {
  const rating = humanRating(human?.[scorer], scale);
  const output = human?.output;
  return rating !== void 0 && typeof output === "string" ? { human: rating, output } : void 0;
}
var canUseBundledSet = (config) => config.preset !== void 0 && (judgeScale(config.scale).passFail || config.threshold !== void 0);

export {
  BUNDLED_SCALE,
  judgeScale,
  humanRating,
  ratedLabel,
  canUseBundledSet
};
