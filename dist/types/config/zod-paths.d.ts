import { z } from 'zod';
/** The object keys a schema allows at `path` in `data`, for did-you-mean on unknown keys. */
export declare function allowedKeysAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[];
