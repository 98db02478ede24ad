import { z } from 'zod';

/** Suite, scorer and provider ids: letters, digits, "_" and "-" (never "."), so metric names parse unambiguously. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'expected an id of letters, digits, "_" or "-"' });

/** Fields every scorer has, whatever its type. */
export const ScorerBase = {
  id: Id,
  /** A failing case on a critical-severity case is a critical failure; `false` excludes this scorer from that count. */
  critical: z.boolean().default(true),
};
