import { z } from 'zod';
/** Suite, scorer and provider ids: letters, digits, "_" and "-" (never "."), so metric names parse unambiguously. */
export declare const Id: z.ZodString;
/** Fields every scorer has, whatever its type. */
export declare const ScorerBase: {
    id: z.ZodString;
    /** A failing case on a critical-severity case is a critical failure; `false` excludes this scorer from that count. */
    critical: z.ZodDefault<z.ZodBoolean>;
};
