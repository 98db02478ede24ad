import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { stripBom } from '../core/strip-bom.js';
import type { ChatMessage } from '../prompt/messages.js';

/**
 * A production trace as `evalgate add-case --from FILE` reads it (docs/governance.md,
 * "Incidents become regression cases"): either an OpenAI chat completions request and its
 * response, or one JSON object with `input`, `output`, `expected`, `vars` and `tags`.
 */
export interface IncidentTrace {
  /** The request's messages (OpenAI form), from which the prompt's variables can be read back. */
  messages?: ChatMessage[];
  /** What the user asked (the JSON-line form's `input`). */
  input?: string;
  /** The answer that was wrong in production. */
  output: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  tags: Record<string, string>;
}

const TRACE_KEYS = ['request', 'response', 'input', 'output', 'expected', 'vars', 'tags'];

/** Parses the text of a trace file; every problem names the file and, where it can, the line. */
export function parseIncidentTrace(text: string, file: string): Result<IncidentTrace> {
  const body = stripBom(text);
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!lines.length) return fail({ file, message: 'the trace file is empty' });
  const json = parseJson(body, file);
  if (!json.ok) {
    // a JSONL file of several traces is not one JSON document: say what add-case takes
    if (lines.length > 1 && lines.every((l) => parseJson(l, file).ok))
      return fail({ file, line: 2, message: `the file holds ${lines.length} JSON lines; add-case takes one trace` });
    return json;
  }
  const value = json.value;
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return fail({
      file,
      line: 1,
      message: 'expected a JSON object: {"request": …, "response": …} or {"input": …, "output": …}',
    });
  const raw = value as Record<string, unknown>;
  const at = (key: string, message: string): Issue => ({ file, line: keyLine(body, key), path: key, message });
  const unknown = Object.keys(raw).find((k) => !TRACE_KEYS.includes(k));
  if (unknown) return fail(at(unknown, `unknown key "${unknown}"; a trace has: ${TRACE_KEYS.join(', ')}`));

  const vars = raw.vars ?? {};
  if (!vars || typeof vars !== 'object' || Array.isArray(vars))
    return fail(at('vars', 'expected an object of variable names and values'));
  const tags: Record<string, string> = {};
  if (raw.tags !== undefined) {
    if (!raw.tags || typeof raw.tags !== 'object' || Array.isArray(raw.tags))
      return fail(at('tags', 'expected an object of tag names and values'));
    for (const [k, v] of Object.entries(raw.tags)) {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
        return fail(at('tags', `tag "${k}" must be a string, number or boolean`));
      tags[k] = String(v);
    }
  }
  const common = {
    vars: vars as Record<string, unknown>,
    tags,
    ...(raw.expected !== undefined ? { expected: raw.expected } : {}),
  };

  if ('request' in raw || 'response' in raw) {
    const messages = requestMessages(raw.request);
    if (!messages.ok) return fail(at('request', messages.message));
    const output = responseText(raw.response);
    if (!output.ok) return fail(at('response', output.message));
    return ok({ ...common, messages: messages.value, output: output.value });
  }
  if (typeof raw.output !== 'string')
    return fail(at('output', 'a trace needs "output": the answer that was wrong, as a string'));
  if (raw.input !== undefined && typeof raw.input !== 'string')
    return fail(at('input', 'expected the input as a string; give variables in "vars"'));
  return ok({ ...common, output: raw.output, ...(raw.input !== undefined ? { input: raw.input } : {}) });
}

type Field<T> = { ok: true; value: T } | { ok: false; message: string };

/** Content as a string: OpenAI allows a string or a list of parts, of which the text parts count. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts = content.map((p) =>
    p && typeof p === 'object' && (p as { type?: unknown }).type === 'text'
      ? (p as { text?: unknown }).text
      : undefined,
  );
  return texts.every((t) => typeof t === 'string') ? texts.join('') : undefined;
}

function requestMessages(request: unknown): Field<ChatMessage[]> {
  const messages = request && typeof request === 'object' ? (request as { messages?: unknown }).messages : undefined;
  if (!Array.isArray(messages) || !messages.length)
    return { ok: false, message: 'expected an OpenAI chat completions request with a "messages" list' };
  const out: ChatMessage[] = [];
  for (const [i, m] of messages.entries()) {
    const role = m && typeof m === 'object' ? (m as { role?: unknown }).role : undefined;
    const content = contentText(m && typeof m === 'object' ? (m as { content?: unknown }).content : undefined);
    // a developer message is the newer name of a system message
    const mapped = role === 'developer' ? 'system' : role;
    if ((mapped === 'system' || mapped === 'user' || mapped === 'assistant') && content !== undefined)
      out.push({ role: mapped, content });
    else if (mapped !== 'tool')
      return { ok: false, message: `messages[${i}] is not a system, user or assistant message with text content` };
  }
  return { ok: true, value: out };
}

function responseText(response: unknown): Field<string> {
  const choices = response && typeof response === 'object' ? (response as { choices?: unknown }).choices : undefined;
  const message = Array.isArray(choices)
    ? (choices[0] as { message?: { content?: unknown } } | undefined)?.message
    : undefined;
  const text = contentText(message?.content);
  return text === undefined
    ? { ok: false, message: 'expected an OpenAI chat completion with choices[0].message.content' }
    : { ok: true, value: text };
}

/** JSON with the line and column of a syntax error (Node reports its position in the text). */
function parseJson(text: string, file: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : {};
    return fail({ file, ...where, message: `invalid JSON: ${message.replace(/ in JSON at position.*$/, '')}` });
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The line of a top-level key's first mention, for messages about it (1 when not found). */
function keyLine(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : lineColumn(text, at).line;
}
