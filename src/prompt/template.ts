/** `{{ name }}` or `{{ name.path.to.field }}` placeholders, rendered from a case's context. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

export interface Placeholder {
  name: string;
  /** 1-based line and column in the template text. */
  line: number;
  column: number;
}

export function placeholders(template: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const before = template.slice(0, match.index);
    const line = before.split('\n').length;
    found.push({ name: match[1]!, line, column: match.index - before.lastIndexOf('\n') });
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
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = lookupPath(context, name);
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}
