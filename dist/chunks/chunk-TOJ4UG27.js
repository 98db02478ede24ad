import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/core/result.ts
var ok = (value) => ({ ok: true, value });
var fail = (...issues) => ({ ok: false, issues });
function formatIssue(issue) {
  let where = issue.file;
  if (issue.line !== void 0) where += `:${issue.line}`;
  if (issue.line !== void 0 && issue.column !== void 0) where += `:${issue.column}`;
  return `${where} ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}
var InputError = class extends Error {
  constructor(issues) {
    super(issues.map(formatIssue).join("\n"));
    this.issues = issues;
    this.name = "InputError";
  }
  issues;
};
var InfrastructureError = class extends Error {
  name = "InfrastructureError";
};

export {
  ok,
  fail,
  formatIssue,
  InputError,
  InfrastructureError
};
