/**
 * What templates (prompt and scorer `expected`/`reference`) can refer to. Apart from case.ts so
 * that scorers, whose option schemas the config schema imports, do not import the config
 * schema back through case.ts.
 */
export function templateContext(c: {
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  tags: Record<string, string>;
}): Record<string, unknown> {
  return { ...c.vars, vars: c.vars, expected: c.expected, id: c.id, tags: c.tags };
}
