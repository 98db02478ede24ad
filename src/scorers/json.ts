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
    // loaded on demand: most gates have no JSON Schema, and ajv is a large share of start-up.
    // ajv is CommonJS: Node's loader also offers its named exports, but the bundle's split
    // chunk has only `default` (module.exports), so the class is taken from there.
    const { Ajv } = (await import('ajv')).default;
    const ajv = new Ajv({ allErrors: false, strict: false });
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      // only what compile() rejects is the schema's fault; anything else is a bug and throws
      return {
        ok: false,
        issues: [
          {
            file: '',
            message: `invalid JSON Schema${typeof config.schema === 'string' ? ` in ${config.schema}` : ''}: ${(error as Error).message}`,
          },
        ],
      };
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
