import { z } from 'zod';
import type { Result } from '../core/result.js';
import type { ReplayProvider as ReplayConfig } from '../config/schema.js';
import { type Provider } from './provider.js';
export declare const Recording: z.ZodObject<{
    suite: z.ZodOptional<z.ZodString>;
    id: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>;
    repeat: z.ZodDefault<z.ZodNumber>;
    output: z.ZodString;
    tool_calls: z.ZodOptional<z.ZodArray<z.ZodUnknown>>;
    latency_ms: z.ZodOptional<z.ZodNumber>;
    tokens: z.ZodOptional<z.ZodObject<{
        prompt: z.ZodNumber;
        completion: z.ZodNumber;
        total: z.ZodNumber;
    }, z.core.$strip>>;
    cost_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type Recording = z.output<typeof Recording>;
/** A recorded embedding (`--record` writes one per distinct text and model the run embedded), for the similarity scorer. */
export declare const EmbeddingRecording: z.ZodObject<{
    model: z.ZodString;
    text: z.ZodString;
    embedding: z.ZodArray<z.ZodNumber>;
}, z.core.$strict>;
export type EmbeddingRecording = z.output<typeof EmbeddingRecording>;
/** Replays recorded outputs by (suite, case id, repeat): the demo's and the tests' provider, no network. */
export declare function createReplayProvider(name: string, config: z.output<typeof ReplayConfig>, path: string, display: string): Result<Provider>;
