import { z } from 'zod';
import type { Result } from '../core/result.js';
import type { Scorer } from './scorer.js';
export declare const ToolCallScorer: z.ZodObject<{
    type: z.ZodLiteral<"tool-call">;
    calls: z.ZodDefault<z.ZodUnion<readonly [z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>>, z.ZodString]>>;
    arguments: z.ZodDefault<z.ZodEnum<{
        exact: "exact";
        subset: "subset";
    }>>;
    order: z.ZodDefault<z.ZodEnum<{
        any: "any";
        strict: "strict";
    }>>;
    forbidden: z.ZodDefault<z.ZodArray<z.ZodString>>;
    threshold: z.ZodDefault<z.ZodNumber>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
type ToolCallConfig = z.output<typeof ToolCallScorer>;
interface Call {
    name: string;
    arguments: unknown;
}
/** A call as providers record it: `{ name, arguments }`, or OpenAI's `{ function: { name, arguments: "<json>" } }`. */
export declare function normalizeCall(raw: unknown): Call | undefined;
/**
 * Matches the output's tool calls with the expected ones: value = F1 over calls (a call counts
 * when its name and arguments match), `stats` = [matched, extra, missing] for the suite's
 * tools.precision / recall / f1. Without tool calls in the dataset the case is an input error.
 */
export declare function toolCallScorer(config: ToolCallConfig): Promise<Result<Scorer>>;
export {};
