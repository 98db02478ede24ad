import { z } from 'zod';
import { Id, ScorerBase } from '../config/scorer-base.js';
import { ProviderError } from '../providers/provider.js';
import type { ModelAccess } from '../runner/session.js';
import { expandTemplates, graded, ReferenceOptions } from './reference.js';
import type { Scorer } from './scorer.js';

export const SimilarityScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('similarity'),
  ...ReferenceOptions,
  /** The provider whose embeddings are compared: an openai provider, or a replay provider with recorded embeddings. */
  provider: Id.default('default'),
  /** The embedding model; default the provider's `embedding_model`. */
  model: z.string().min(1).optional(),
});
type SimilarityConfig = z.output<typeof SimilarityScorer>;

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Cosine similarity of the output's embedding to the closest reference's, in [−1, 1]. Each
 * distinct text is embedded once per run (references repeat across repeats and cases), and
 * across runs the disk cache keeps embeddings like calls (docs/metrics.md, `similarity`).
 */
export function similarityScorer(config: SimilarityConfig, models: ModelAccess | undefined): Scorer {
  const vectors = new Map<string, Promise<number[]>>();
  let used: string | undefined;
  const modelOf = () => {
    used = config.model ?? models?.caller(config.provider).provider.embeddingModel;
    // validate rejects this before a run (docs/metrics.md); a library caller may still get here
    if (!used) throw new ProviderError(`similarity scorer "${config.id}" has no embedding model: set model:`, false);
    return used;
  };
  /** The texts this run has not asked for yet go to the provider in one request. */
  const embed = (texts: readonly string[]): Promise<number[][]> => {
    const fresh = [...new Set(texts.filter((t) => !vectors.has(t)))];
    if (fresh.length && models) {
      const batch = models
        .caller(config.provider)
        .embed(fresh, modelOf())
        .then((outcome) => {
          if (!outcome.ok) throw new ProviderError(outcome.aborted ? 'the run stopped' : outcome.message, false);
          return outcome.vectors;
        });
      // a failed embedding is retried by the next case rather than remembered
      batch.catch(() => fresh.forEach((t) => vectors.delete(t)));
      fresh.forEach((t, i) =>
        vectors.set(
          t,
          batch.then((v) => v[i]!),
        ),
      );
    }
    return Promise.all(
      texts.map((t) => vectors.get(t) ?? Promise.reject(new ProviderError('no provider to embed with', false))),
    );
  };
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error('the similarity scorer grades asynchronously');
    },
    async grade({ case: c, output }) {
      const [out, ...refs] = await embed([output, ...expandTemplates(config.reference, c)]);
      return graded(Math.max(...refs.map((r) => cosine(out!, r))), config.threshold);
    },
    signature: () =>
      `embedding-cosine|provider:${config.provider}|model:${used ?? config.model ?? 'default'}|refs:best`,
  };
}
