/** `{{ name }}` or `{{ name.path.to.field }}` placeholders, rendered from a case's context. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

export interface Placeholder {
  name: string;
  /** 1-based line and column in the template text. */
  line: number;
  column: number;
}

/** Every placeholder with its line and column, in one pass over the text (a prompt may be large). */
export function placeholders(template: string): Placeholder[] {
  const found: Placeholder[] = [];
  let line = 1;
  let lineStart = 0;
  let newline = template.indexOf('\n');
  for (const match of template.matchAll(PLACEHOLDER)) {
    while (newline !== -1 && newline < match.index) {
      line++;
      lineStart = newline + 1;
      newline = template.indexOf('\n', lineStart);
    }
    found.push({ name: match[1]!, line, column: match.index - lineStart + 1 });
  }
  return found;
}

export function lookupPath(context: Record<string, unknown>, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      context,
    );
}

export function render(template: string, context: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => renderValue(lookupPath(context, name)));
}

/** What a placeholder's value renders as: nothing for null or undefined, a string as it is, else JSON. */
export function renderValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
