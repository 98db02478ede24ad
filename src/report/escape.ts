/**
 * Everything a model, a dataset or a PR author wrote is untrusted. These make it inert in
 * GitHub-flavoured Markdown: no HTML, no table breakage, no mentions, issue references or links.
 */

const ZWSP = '\u200b';

/** At most `n` characters, the last an ellipsis when cut. */
export const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** For inline text and table cells. */
export function escapeInline(text: string, maxLength = 200): string {
  return (
    clip(text, maxLength)
      .replace(/\r?\n|\r/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~])/g, '\\$1')
      .replace(/^([#>+-]|\d+[.)])(?=\s|$)/, '\\$1')
      .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
      .replace(/(^|[^\w])#(?=\d)/g, `$1#${ZWSP}`)
      .replace(/\b([\w.-]+\/[\w.-]+)#(?=\d)/g, `$1#${ZWSP}`)
      .replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`)
      // GFM links a bare `www.` like a URL (its "extended www autolink"), so it is broken like `://`
      .replace(/(www)\./gi, `$1${ZWSP}.`)
      .replace(/:\/\//g, `:${ZWSP}//`)
  );
}

/** A fenced block that the content cannot close: the fence is longer than any backtick run inside. */
export function codeBlock(text: string, maxLength = 2000): string {
  const clipped =
    text.length > maxLength
      ? `${text.slice(0, maxLength)}\n… (${text.length - maxLength} more characters in run.json)`
      : text;
  const longest = Math.max(0, ...[...clipped.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${clipped.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/** Inline code for identifiers we did not write (case ids, tag values). */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ').slice(0, 120);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  // inside a table cell a pipe still splits the row, even in code
  return `${ticks}${pad}${clean.replace(/\|/g, '\\|')}${pad}${ticks}`;
}

/** Escapes text for HTML element content and double-quoted attributes (report.html). */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
