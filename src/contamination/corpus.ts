// Streams corpus files past an OverlapIndex line by line, never holding a file in memory
// (docs/governance.md, "Contamination and lineage"). A `.jsonl` / `.ndjson` file is fine-tuning
// data: each line is one document whose text fields are read in order (chat `messages` contents,
// or `prompt` and `completion`, or `text`, else every string value). Any other file is plain text
// and one document, so a gram may span its line breaks.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { OverlapIndex } from './overlap.js';

export interface CorpusFile {
  /** Where to read it. */
  path: string;
  /** How messages and results name it. */
  display: string;
}

/** What was read of one corpus file. */
export interface CorpusStats {
  file: string;
  lines: number;
  bytes: number;
}

const isJsonl = (path: string) => ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase());

/** Feeds every file to the index; the first unreadable file or malformed JSONL line is the issue. */
export async function scanCorpus(index: OverlapIndex, files: readonly CorpusFile[]): Promise<Result<CorpusStats[]>> {
  const out: CorpusStats[] = [];
  for (const file of files) {
    const stats: CorpusStats = { file: file.display, lines: 0, bytes: 0 };
    const scanned = await scanFile(index, file, stats);
    if (!scanned.ok) return scanned;
    out.push(stats);
  }
  return ok(out);
}

async function scanFile(index: OverlapIndex, file: CorpusFile, stats: CorpusStats): Promise<Result<void>> {
  const unreadable = (error: unknown): Issue => ({
    file: file.display,
    message: `cannot read the corpus file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
  });
  let handle;
  try {
    handle = await open(file.path, 'r');
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      return fail({ file: file.display, message: 'cannot read the corpus file: it is not a file' });
    }
  } catch (error) {
    return fail(unreadable(error));
  }
  const jsonl = isJsonl(file.path);
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let rest = '';
  let line = 0;
  let problem: Issue | undefined;
  const onLine = (text: string) => {
    line++;
    if (!jsonl) return index.feed(text, line);
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problem ??= { file: file.display, line, message: `not a JSON line: ${(error as Error).message}` };
      return;
    }
    index.beginDocument(file.display);
    for (const field of documentText(value)) index.feed(field, line);
  };
  try {
    if (!jsonl) index.beginDocument(file.display);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      stats.bytes += bytesRead;
      const chunk = rest + decoder.write(buffer.subarray(0, bytesRead));
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0 && !problem; nl = chunk.indexOf('\n', start)) {
        onLine(chunk.slice(start, nl));
        start = nl + 1;
      }
      if (problem) break;
      rest = chunk.slice(start);
    }
    rest += decoder.end();
    if (rest && !problem) onLine(rest);
  } catch (error) {
    return fail(unreadable(error));
  } finally {
    await handle.close();
  }
  stats.lines += line;
  return problem ? fail(problem) : ok(undefined);
}

/** The text of one fine-tuning record, in the order a model would read it. */
export function documentText(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return strings(value);
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.messages))
    return record.messages.flatMap((m) => {
      const content = (m as { content?: unknown } | null)?.content;
      if (typeof content === 'string') return [content];
      // content parts: [{ type: 'text', text }]
      return Array.isArray(content)
        ? content.flatMap((p) =>
            typeof (p as { text?: unknown })?.text === 'string' ? [(p as { text: string }).text] : [],
          )
        : [];
    });
  const named = ['prompt', 'completion'].flatMap((k) => (typeof record[k] === 'string' ? [record[k] as string] : []));
  if (named.length) return named;
  if (typeof record.text === 'string') return [record.text];
  return strings(value);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
