import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/import/promptfoo-assertions.ts
var asList = (value) => Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(",").map((s) => s.trim()).filter(Boolean) : [];
var escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function scorerName(assertion) {
  const base = typeof assertion.metric === "string" && assertion.metric.trim() ? assertion.metric : assertion.type;
  const id = base.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").replace(/-+$/, "");
  return id || "assertion";
}
function mapAssertion(assertion, id, providers) {
  const raw = String(assertion.type ?? "");
  const negated = raw.startsWith("not-");
  const type = negated ? raw.slice(4) : raw;
  const notes = [];
  if (assertion.weight !== void 0 && assertion.weight !== 1)
    notes.push(`weight ${assertion.weight} has no equivalent: evalgate gates each scorer on its own`);
  const value = assertion.value;
  const text = typeof value === "string" ? value : value === void 0 ? void 0 : JSON.stringify(value);
  const scorer = (name, fields) => ({
    kind: "scorer",
    name,
    scorer: { id, type: name, ...fields },
    notes
  });
  const unmapped = (reason) => ({ kind: "unmapped", reason });
  if (typeof value === "string" && value.startsWith("file://") && type !== "javascript" && type !== "is-json")
    return unmapped(`its value is read from ${value}; import that file's content into the assertion`);
  switch (type) {
    case "equals":
      if (text === void 0) return unmapped("equals needs a value");
      return negated ? scorer("regex", { pattern: `^${escapeRegex(text)}$`, negate: true }) : scorer("equals", { expected: text, trim: false });
    case "contains":
    case "icontains":
      if (text === void 0) return unmapped(`${type} needs a value`);
      return scorer(type, { expected: text, ...negated ? { negate: true } : {} });
    case "contains-any":
    case "contains-all":
    case "icontains-any":
    case "icontains-all": {
      const values = asList(value);
      if (!values.length) return unmapped(`${type} needs a list of values`);
      const any = type.endsWith("-any");
      return scorer(type.startsWith("i") ? "icontains" : "contains", {
        expected: values,
        ...any ? { any: true } : {},
        ...negated ? { negate: true } : {}
      });
    }
    case "starts-with":
      if (text === void 0) return unmapped("starts-with needs a value");
      return scorer("regex", { pattern: `^${escapeRegex(text)}`, ...negated ? { negate: true } : {} });
    case "regex":
      if (text === void 0) return unmapped("regex needs a pattern");
      return scorer("regex", { pattern: text, ...negated ? { negate: true } : {} });
    case "is-json":
    case "contains-json": {
      if (negated) return unmapped(`not-${type} has no equivalent (the json scorer cannot be negated)`);
      if (type === "contains-json")
        notes.push(
          "contains-json accepts JSON anywhere in the answer; the json scorer accepts a whole JSON answer or one fenced ```json block"
        );
      const schema = value && typeof value === "object" ? { schema: value } : typeof value === "string" && value.startsWith("file://") ? { schema: value.slice("file://".length) } : {};
      return scorer("json", schema);
    }
    case "javascript": {
      if (negated) return unmapped("not-javascript: negate inside the expression instead");
      if (typeof value !== "string" || !value.trim()) return unmapped("javascript needs code");
      const name = `${id}.mjs`;
      return {
        kind: "scorer",
        name: "code",
        scorer: {
          id,
          type: "code",
          module: `scorers/${name}`,
          ...assertion.threshold !== void 0 ? { threshold: assertion.threshold } : {}
        },
        module: { name, text: javascriptModule(value, assertion.threshold) },
        notes
      };
    }
    case "llm-rubric": {
      if (negated) return unmapped("not-llm-rubric: state the negation in the rubric instead");
      if (text === void 0) return unmapped("llm-rubric needs a rubric");
      const graded = assertion.threshold !== void 0 ? { scale: [0, 10], threshold: Math.round(assertion.threshold * 10) } : { scale: "pass-fail" };
      return scorer("llm-judge", { provider: providers.judge, rubric: text, ...graded });
    }
    case "similar": {
      if (negated) return unmapped("not-similar has no equivalent");
      if (text === void 0) return unmapped("similar needs a reference");
      return scorer("similarity", {
        reference: asReferences(value),
        threshold: assertion.threshold ?? 0.75,
        provider: providers.embeddings
      });
    }
    case "rouge-n": {
      if (negated) return unmapped("not-rouge-n has no equivalent");
      if (text === void 0) return unmapped("rouge-n needs a reference");
      return scorer("rouge", {
        reference: asReferences(value),
        variant: "rouge1",
        threshold: assertion.threshold ?? 0.75
      });
    }
    case "bleu": {
      if (negated) return unmapped("not-bleu has no equivalent");
      if (text === void 0) return unmapped("bleu needs a reference");
      const threshold = Number(((assertion.threshold ?? 0.5) * 100).toFixed(6));
      notes.push(
        `bleu: evalgate scores BLEU as sacreBLEU does (13a tokenizer, exp smoothing) on a 0\u2013100 scale; promptfoo's threshold ${assertion.threshold ?? 0.5} becomes ${threshold}`
      );
      return scorer("bleu", { reference: asReferences(value), threshold });
    }
    case "levenshtein": {
      if (negated) return unmapped("not-levenshtein has no equivalent");
      if (text === void 0) return unmapped("levenshtein needs a reference");
      const reference = asReferences(value);
      const distance = assertion.threshold ?? 5;
      const longest = Math.max(1, ...(Array.isArray(reference) ? reference : [reference]).map((r) => r.length));
      notes.push(
        `levenshtein: promptfoo passes at edit distance \u2264 ${distance}; evalgate gates the normalised similarity, here \u2265 ${(1 - distance / longest).toFixed(3)} (exact for answers no longer than the reference)`
      );
      return scorer("levenshtein", { reference, threshold: Number((1 - distance / longest).toFixed(3)), trim: false });
    }
    case "latency":
      if (negated || assertion.threshold === void 0) return unmapped("latency needs a threshold (ms)");
      return {
        kind: "rule",
        rule: { metric: "latency.p99", max: assertion.threshold },
        notes: [`latency: every case \u2264 ${assertion.threshold} ms in promptfoo; a suite rule on the p99 here`]
      };
    case "cost":
      if (negated || assertion.threshold === void 0) return unmapped("cost needs a threshold (USD)");
      return {
        kind: "rule",
        rule: { metric: "cost.mean", max: assertion.threshold },
        notes: [`cost: every case \u2264 $${assertion.threshold} in promptfoo; a suite rule on the mean cost here`]
      };
    default:
      return unmapped(`no evalgate scorer for assertion type "${raw}"`);
  }
}
function asReferences(value) {
  return Array.isArray(value) ? value.map(String) : String(value);
}
function javascriptModule(code, threshold) {
  const body = /\breturn\b/.test(code) ? code : `return (${code.trim().replace(/;\s*$/, "")});`;
  return `// Imported from a promptfoo javascript assertion by evalgate import promptfoo.
export function score({ output, vars, expected }) {
  const context = { vars, test: { vars }, expected };
  const result = (function (output, context) {
${body.split("\n").map((l) => `    ${l}`).join("\n")}
  })(output, context);
  if (typeof result === 'boolean') return { value: result ? 1 : 0, pass: result };
  if (typeof result === 'number') return ${threshold === void 0 ? "{ value: result, pass: result > 0 }" : "{ value: result }"};
  if (result && typeof result === 'object')
    return { value: Number(result.score ?? (result.pass ? 1 : 0)), pass: Boolean(result.pass), detail: result.reason };
  return { value: 0, pass: false, detail: \`returned \${JSON.stringify(result)}\` };
}
`;
}

export {
  scorerName,
  mapAssertion
};
