import type { z } from 'zod';
import type { JsonScorer } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { type Scorer } from './scorer.js';
/** The output is valid JSON (a fenced ```json block is accepted) and, when a schema is given, matches it. */
export declare function jsonScorer(config: z.output<typeof JsonScorer>, schema: Record<string, unknown> | undefined): Promise<Result<Scorer>>;
