import type { Result } from '../core/result.js';
import type { EvalCase } from './case.js';
import { CaseBuilder, type DatasetLimits } from './case-builder.js';
import { stripBom } from '../core/strip-bom.js';

/**
 * CSV with a header row (RFC 4180 quoting). Columns `id`, `expected`, `severity` and
 * `incident_output` map to those fields, `tags.X` to a tag, `vars.X` (or any other column) to a variable.
 */
export function parseCsvDataset(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]> {
  const builder = new CaseBuilder(file, limits);
  const rows = parseCsv(stripBom(text));
  if (!rows.ok) {
    builder.problem(rows.line, rows.message);
    return builder.result();
  }
  const [header, ...body] = rows.rows;
  if (!header) return builder.result();
  const columns = header.cells.map((c) => c.trim());
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup) builder.problem(header.line, `duplicate column "${dup}"`);
  for (const row of body) {
    if (builder.full) break;
    if (row.cells.length === 1 && row.cells[0] === '') continue;
    if (row.cells.length !== columns.length) {
      builder.problem(row.line, `expected ${columns.length} fields like the header, got ${row.cells.length}`);
      continue;
    }
    const raw: {
      id?: string;
      expected?: string;
      severity?: string;
      incident_output?: string;
      vars: Record<string, string>;
      tags: Record<string, string>;
    } = { vars: {}, tags: {} };
    columns.forEach((column, i) => {
      const value = row.cells[i]!;
      if (column === 'id' || column === 'expected' || column === 'severity' || column === 'incident_output') {
        if (value !== '') raw[column] = value;
      } else if (column.startsWith('tags.')) raw.tags[column.slice(5)] = value;
      else raw.vars[column.startsWith('vars.') ? column.slice(5) : column] = value;
    });
    builder.add(raw, row.line);
  }
  return builder.result();
}

type CsvRows = { ok: true; rows: { line: number; cells: string[] }[] } | { ok: false; line: number; message: string };

/** RFC 4180 rows with the line each starts on (also read by `evalgate import promptfoo` for CSV tests). */
export function parseCsv(text: string): CsvRows {
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  let cells: string[] = [];
  let cell = '';
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted field is not closed' };
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { ok: true, rows };
}
