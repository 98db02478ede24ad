import { z } from 'zod';

/** The object keys a schema allows at `path` in `data`, for did-you-mean on unknown keys. */
export function allowedKeysAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  let value: unknown = data;
  for (let i = 0; i <= path.length && node; i++) {
    node = unwrap(node, value);
    if (i === path.length) break;
    const segment = path[i]!;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[String(segment)];
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else node = undefined;
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(node: z.ZodType, value: unknown): z.ZodType {
  for (;;) {
    if (node instanceof z.ZodDefault || node instanceof z.ZodOptional || node instanceof z.ZodNullable)
      node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodPipe) node = node.in as z.ZodType;
    else if (node instanceof z.ZodDiscriminatedUnion) {
      const type = value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
      const options = node.options as z.ZodType[];
      const match = options.find(
        (o) => o instanceof z.ZodObject && (o.shape as { type?: z.ZodType }).type?.safeParse(type).success,
      );
      if (!match) return node;
      node = match;
    } else return node;
  }
}
