import type { Result } from '../core/result.js';

/**
 * Compiles a path glob the way GitHub's `paths` filters read them: `*` matches within one
 * path segment, `**` across segments, `?` one character, `[abc]` a class, `{a,b}` alternatives.
 */
export function compileGlob(glob: string): Result<RegExp> {
  const bad = (message: string): Result<RegExp> => ({
    ok: false,
    issues: [{ file: '', message: `invalid glob "${glob}": ${message}` }],
  });
  let source = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) return bad('"[" without a closing "]"');
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      source += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{') {
      braceDepth++;
      source += '(?:';
    } else if (c === '}') {
      if (braceDepth === 0) return bad('"}" without an opening "{"');
      braceDepth--;
      source += ')';
    } else if (c === ',' && braceDepth > 0) source += '|';
    else if (c === '\\') {
      const next = glob[++i];
      if (next === undefined) return bad('ends with "\\"');
      source += escape(next);
    } else source += escape(c);
  }
  if (braceDepth > 0) return bad('"{" without a closing "}"');
  try {
    return { ok: true, value: new RegExp(`^${source}$`) };
  } catch (error) {
    return bad((error as Error).message);
  }
}

const escape = (c: string) => c.replace(/[.+^$()|[\]{}\\/]/g, '\\$&');

/** True when `path` matches the globs: at least one positive glob and no later `!` glob. */
export function matchesGlobs(path: string, globs: readonly RegExp[], negated: readonly boolean[]): boolean {
  let matched = false;
  globs.forEach((re, i) => {
    if (re.test(path)) matched = !negated[i];
  });
  return matched;
}
