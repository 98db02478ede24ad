import { extname } from 'node:path';

/**
 * The bytes that add one case at the end of a dataset file without touching what is there
 * (docs/governance.md, "Incidents become regression cases"): a JSON line, a YAML list item
 * (JSON is YAML), or a CSV row in the header's columns. The caller re-reads the result with
 * the dataset loader before writing, so a layout this cannot extend is refused, never guessed.
 */
export function appendedCase(
  path: string,
  existing: string,
  line: Record<string, unknown>,
): { ok: true; text: string } | { ok: false; message: string } {
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lead = existing.length && !/\r?\n$/.test(existing) ? eol : '';
  switch (extname(path).toLowerCase()) {
    case '.yaml':
    case '.yml': {
      // a list at the root, or under `cases:`: the new item takes the indent of the existing ones
      const indent = /^( *)- /m.exec(existing.replace(/^\uFEFF/, ''))?.[1] ?? '';
      return { ok: true, text: `${lead}${indent}- ${JSON.stringify(line)}${eol}` };
    }
    case '.csv':
      return csvRow(existing, line, lead, eol);
    default:
      return { ok: true, text: `${lead}${JSON.stringify(line)}${eol}` };
  }
}

function csvRow(
  existing: string,
  line: Record<string, unknown>,
  lead: string,
  eol: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const header = existing.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  // header cells are plain names; a quoted header is split like any row by the loader afterwards
  const columns = header.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const cells = new Map<string, string>();
  const put = (column: string, value: unknown) => {
    cells.set(column, typeof value === 'string' ? value : JSON.stringify(value));
  };
  for (const [k, v] of Object.entries(line)) {
    if (k === 'vars' || k === 'tags') {
      for (const [name, value] of Object.entries(v as Record<string, unknown>)) {
        const column = columns.includes(`${k}.${name}`) || k === 'tags' ? `${k}.${name}` : name;
        put(column, value);
      }
    } else put(k, v);
  }
  const absent = [...cells.keys()].filter((c) => !columns.includes(c));
  if (absent.length)
    return {
      ok: false,
      message: `the CSV has no column for ${absent.map((c) => `"${c}"`).join(', ')}; add ${absent.length === 1 ? 'that column' : 'those columns'} to the header (every row needs them), or keep incidents in a JSONL dataset`,
    };
  const quote = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return { ok: true, text: `${lead}${columns.map((c) => quote(cells.get(c) ?? '')).join(',')}${eol}` };
}
