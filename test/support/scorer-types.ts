import { z } from 'zod';
import { ScorerConfig } from '../../src/config/schema.js';

type TypeSchema = { const?: string; enum?: string[] };
type Options = { oneOf?: { properties: { type: TypeSchema } }[]; anyOf?: { properties: { type: TypeSchema } }[] };

/**
 * Every scorer `type` the config accepts, which is every type src/scorers/registry.ts
 * switches on, read from the schema so tests that must cover them all need no list by hand.
 */
export function scorerTypes(): string[] {
  const schema = z.toJSONSchema(ScorerConfig, { io: 'input' }) as Options;
  return (schema.oneOf ?? schema.anyOf ?? []).flatMap(
    ({ properties: { type } }) => type.enum ?? (type.const === undefined ? [] : [type.const]),
  );
}
