import type { z } from 'zod';
import type { ValidateFunction } from 'ajv';
import type { JsonScorer } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { binary, type Scorer } from './scorer.js';

/** The output is valid JSON (a fenced ```json block is accepted) and, when a schema is given, matches it. */
export async function jsonScorer(
  config: z.output<typeof JsonScorer>,
  schema: Record<string, unknown> | undefined,
): Promise<Result<Scorer>> {
  let validate: ValidateFunction | undefined;
  if (schema) {
    // loaded on demand: most gates have no JSON Schema, and ajv is a large share of start-up
    const { Ajv } = await import('ajv');
    try {
      validate = new Ajv({ allErrors: false, strict: false }).compile(schema);
    } catch (error) {
      return { ok: false, issues: [{ file: '', message: `invalid JSON Schema: ${(error as Error).message}` }] };
    }
  }
  return {
    ok: true,
    value: {
      id: config.id,
      type: config.type,
      critical: config.critical,
      score({ output }) {
        const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(output);
        let value: unknown;
        try {
          value = JSON.parse(fenced ? fenced[1]! : output);
        } catch (error) {
          return binary(false, `not JSON: ${(error as Error).message}`);
        }
        if (validate && !validate(value)) {
          const first = validate.errors?.[0];
          return binary(
            false,
            first
              ? `${first.instancePath || '(root)'} ${first.message ?? 'does not match the schema'}`
              : 'does not match the schema',
          );
        }
        return binary(true);
      },
    },
  };
}
