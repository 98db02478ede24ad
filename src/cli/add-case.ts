import { readFileSync } from 'node:fs';
import { displayPath } from '../config/load.js';
import { canonicalJson } from '../core/hash.js';
import { InputError, type Issue } from '../core/result.js';
import { appendedCase } from '../dataset/append-case.js';
import { incidentCase } from '../dataset/incident-case.js';
import { parseIncidentTrace } from '../dataset/incident-trace.js';
import { parseDatasetText } from '../dataset/load-dataset.js';
import { templateUses } from '../pipeline/plan-suites.js';
import { parsePrompt } from '../prompt/messages.js';
import type { Command } from './args.js';
import type { Io } from './io.js';
import { unwrap } from './load-or-throw.js';
import { loadSuiteDataset, replaceFile } from './suite-dataset.js';

/**
 * `evalgate add-case`: a production trace becomes a regression case at the end of a suite's
 * dataset (docs/governance.md, "Incidents become regression cases"). Every check runs before
 * the file is touched, and the new file is read back with the dataset loader before it
 * replaces the old one, so a refused or failed append leaves the dataset byte-identical.
 */
export function addCaseCommand(cmd: Extract<Command, { command: 'add-case' }>, io: Io): number {
  const { loaded, suite, display, cases } = loadSuiteDataset(cmd.config, cmd.suite);
  const from = displayPath(cmd.from);
  let traceText: string;
  try {
    traceText = readFileSync(cmd.from, 'utf8');
  } catch (error) {
    throw new InputError([
      {
        file: from,
        message: `cannot read the trace: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      },
    ]);
  }
  const trace = unwrap(parseIncidentTrace(traceText, from));
  const promptDisplay = displayPath(suite.promptPath);
  const prompt = parsePrompt(readFileSync(suite.promptPath, 'utf8'));
  const uses = templateUses(loaded, loaded.suites.indexOf(suite), prompt);
  const built = incidentCase(trace, cmd, prompt, uses, suite.vars);
  if (!built.ok) {
    const hint = built.promptMismatch
      ? `; the request's messages do not match ${promptDisplay} (it may have changed since the incident), so no variable could be read from them`
      : '';
    throw new InputError(
      built.missing.map((u): Issue => ({
        file: from,
        message: `the case has no value for {{${u.name}}}, which ${u.where} uses; give it with ${u.name === 'expected' ? '--expected TEXT' : `--var ${u.name.replace(/^vars\./, '')}=VALUE`} or in the trace's ${u.name === 'expected' ? '"expected"' : '"vars"'}${hint}`,
      })),
    );
  }
  const line = built.line;
  const existing = cases.find((c) => c.id === line.id);
  if (existing)
    throw new InputError([
      {
        file: display,
        line: existing.line,
        message: `case id "${line.id}" is already in the dataset: this trace${cmd.ref ? ` with --ref ${cmd.ref}` : ''} was added before; the dataset is unchanged`,
      },
    ]);

  const before = readFileSync(suite.datasetPath);
  const text = before.toString('utf8');
  const appended = appendedCase(suite.datasetPath, text, line as unknown as Record<string, unknown>);
  if (!appended.ok) throw new InputError([{ file: display, message: `${appended.message}; the dataset is unchanged` }]);
  // read back what the file would become: the new case must load exactly as built, and nothing else may change
  const reread = parseDatasetText(text + appended.text, suite.datasetPath, display, loaded.config.limits);
  if (!reread.ok)
    throw new InputError(
      reread.issues.map((i) => ({ ...i, message: `${i.message} (after the append; the dataset is unchanged)` })),
    );
  const added = reread.value.find((c) => c.id === line.id);
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  if (
    !added ||
    reread.value.length !== cases.length + 1 ||
    !reread.value.filter((c) => c !== added).every((c, i) => c.fingerprint === cases[i]!.fingerprint) ||
    !Object.entries(line.vars).every(([k, v]) => same(added.vars[k], v)) ||
    !Object.entries(line.tags).every(([k, v]) => added.tags[k] === v) ||
    !same(added.expected, line.expected) ||
    added.severity !== line.severity ||
    added.incident_output !== line.incident_output
  )
    throw new InputError([
      {
        file: display,
        message: `the case would not read back as written in this file's layout (values a CSV cannot hold, or a YAML layout evalgate cannot extend); the dataset is unchanged. Add it by hand: ${JSON.stringify(line)}`,
      },
    ]);
  replaceFile(suite.datasetPath, Buffer.concat([before, Buffer.from(appended.text, 'utf8')]), before);
  io.out(
    `${display}:${added.line}: added case ${line.id} (severity ${line.severity}; tags ${Object.entries(line.tags)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}); run evalgate validate --config ${cmd.config} to check the suite\n`,
  );
  return 0;
}
