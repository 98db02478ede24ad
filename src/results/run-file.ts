import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderJunit } from '../report/junit.js';
import type { Result } from '../core/result.js';
import { renderHtml, type HtmlOptions } from '../report/html.js';
import { fail, ok } from '../core/result.js';
import { RUN_SCHEMA, Run } from './run-schema.js';
import { stripBom } from '../core/strip-bom.js';

/** Reads a run.json; a file of another schema version is an input error, never compared blindly. */
export function readRunFile(path: string): Result<Run> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail({
      file: path,
      message: `cannot read the run file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    return fail({ file: path, message: `invalid JSON: ${(error as Error).message}` });
  }
  const schema = json && typeof json === 'object' ? (json as { schema?: unknown }).schema : undefined;
  if (schema !== RUN_SCHEMA) {
    return fail({
      file: path,
      path: 'schema',
      message: `expected an evalgate run file with "schema": "${RUN_SCHEMA}"; got ${schema === undefined ? 'no schema' : JSON.stringify(schema)}`,
    });
  }
  const parsed = Run.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return fail({
      file: path,
      path: first.path.map(String).join('.'),
      message: `${first.message} (and ${parsed.error.issues.length - 1} more problems)`.replace(
        ' (and 0 more problems)',
        '',
      ),
    });
  }
  return ok(parsed.data);
}

export interface WrittenResults {
  runPath: string;
  reportPath: string;
  htmlPath: string;
}

/** Writes run.json, report.md and report.html into `dir` atomically (write, then rename). */
export function writeResults(dir: string, run: Run, report: string, html: HtmlOptions = {}): WrittenResults {
  mkdirSync(dir, { recursive: true });
  const runPath = resolve(join(dir, 'run.json'));
  const reportPath = resolve(join(dir, 'report.md'));
  writeFileSync(`${runPath}.tmp`, `${JSON.stringify(run, null, 2)}\n`);
  renameSync(`${runPath}.tmp`, runPath);
  writeFileSync(`${reportPath}.tmp`, report);
  renameSync(`${reportPath}.tmp`, reportPath);
  const htmlPath = resolve(join(dir, 'report.html'));
  writeFileSync(`${htmlPath}.tmp`, renderHtml(run, html));
  renameSync(`${htmlPath}.tmp`, htmlPath);
  return { runPath, reportPath, htmlPath };
}

/** Writes the run as JUnit XML to `path` (write, then rename), for CI test views. */
export function writeJunit(path: string, run: Run): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, renderJunit(run));
  renameSync(`${path}.tmp`, path);
}
