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
  // the same object as `{ ...c.vars, vars, expected, id, tags }`, built by assignment: V8 gives an
  // object spread into a literal with more keys after it a hidden class of its own, garbage that
  // piles up in the old generation when a large run renders a prompt per case
  const context: Record<string, unknown> = {};
  for (const key of Object.keys(c.vars))
    if (key === '__proto__')
      Object.defineProperty(context, key, { value: c.vars[key], enumerable: true, writable: true, configurable: true });
    else context[key] = c.vars[key];
  context.vars = c.vars;
  context.expected = c.expected;
  context.id = c.id;
  context.tags = c.tags;
  return context;
}
