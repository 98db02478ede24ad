import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { contentHash } from '../core/hash.js';
import { didYouMean } from '../core/suggest.js';
import { DatasetLine, type EvalCase } from './case.js';
import { createInterner } from '../core/intern.js';

/** The caps on a dataset (the gate config's `limits`). */
export interface DatasetLimits {
  cases: number;
  case_bytes: number;
}

/**
 * Validates raw case objects (from any dataset format) into cases with stable ids and
 * fingerprints; duplicate ids name both lines. Shared by the JSONL, YAML and CSV loaders.
 */
export class CaseBuilder {
  private readonly cases: EvalCase[] = [];
  private readonly issues: Issue[] = [];
  private readonly seen = new Map<string, number>();
  /** Tags and expected values repeat across a large dataset's cases: one copy each (README "Large runs"). */
  private readonly share = createInterner();
  /** More cases came than `limits.cases` allows: the rest are not parsed. */
  full = false;

  constructor(
    private readonly file: string,
    private readonly limits?: DatasetLimits,
  ) {}

  problem(line: number | undefined, message: string): void {
    this.issues.push({ file: this.file, line, message });
  }

  add(raw: unknown, line: number): void {
    const { file, limits } = this;
    if (limits && this.seen.size >= limits.cases) {
      this.full = true;
      this.problem(
        line,
        `the dataset has more than ${limits.cases} cases, the most limits.cases in the gate config allows; sample a tier instead, or raise the limit on the base branch`,
      );
      return;
    }
    if (limits) {
      const bytes = Buffer.byteLength(JSON.stringify(raw) ?? '');
      if (bytes > limits.case_bytes) {
        this.problem(
          line,
          `this case is ${bytes} bytes as JSON, more than limits.case_bytes (${limits.case_bytes}) in the gate config allows`,
        );
        return;
      }
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      this.problem(line, 'expected a case object, like {"id": "...", "vars": {...}, "expected": "..."}');
      return;
    }
    const parsed = DatasetLine.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : undefined;
        const message = key
          ? `unknown key "${key}"${didYouMean(key, Object.keys(DatasetLine.shape))}; allowed: ${Object.keys(DatasetLine.shape).join(', ')}`
          : issue.message;
        this.issues.push({ file, line, path: [...issue.path, ...(key ? [key] : [])].join('.') || undefined, message });
      }
      return;
    }
    const { id, ...rest } = parsed.data;
    const caseId = id ?? `h-${contentHash({ vars: rest.vars, expected: rest.expected }, 12)}`;
    const first = this.seen.get(caseId);
    if (first !== undefined) {
      this.problem(
        line,
        `duplicate case id "${caseId}" (first on line ${first})${id === undefined ? '; cases without an id get one from their content, so these cases are identical' : ''}`,
      );
      return;
    }
    this.seen.set(caseId, line);
    // copied key by key (the schema is strict, so these are its keys), not spread into a literal
    // with more keys after: V8 gives each object made that way a hidden class of its own
    const c = {} as Record<string, unknown>;
    for (const key of Object.keys(rest)) c[key] = rest[key as keyof typeof rest];
    c.tags = this.share(rest.tags);
    if (rest.expected !== undefined) c.expected = this.share(rest.expected);
    c.id = caseId;
    c.line = line;
    // human labels decide judge agreement, a gated metric, and a case's own assertions are part
    // of what it is: a changed one no longer pairs with the baseline; without them the hash is
    // what it always was
    c.fingerprint = contentHash({
      vars: rest.vars,
      expected: rest.expected ?? null,
      tags: rest.tags,
      ...(rest.human !== undefined ? { human: rest.human } : {}),
      ...(rest.assert ? { assert: rest.assert } : {}),
    });
    this.cases.push(c as unknown as EvalCase);
  }

  result(): Result<EvalCase[]> {
    if (this.issues.length) return fail(...this.issues);
    if (this.cases.length === 0) return fail({ file: this.file, message: 'the dataset has no cases' });
    return ok(this.cases);
  }
}
