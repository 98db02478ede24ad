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
  /** The provider whose embeddings are compared (an openai provider; its `embedding_model` embeds). */
  provider: Id.default('default'),
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
 * distinct text is embedded once per run (references repeat across repeats and cases).
 */
export function similarityScorer(config: SimilarityConfig, models: ModelAccess | undefined): Scorer {
  const vectors = new Map<string, Promise<number[]>>();
  const embed = (text: string, signal?: AbortSignal): Promise<number[]> => {
    let v = vectors.get(text);
    if (!v) {
      const provider = models?.caller(config.provider).provider;
      if (!provider?.embed) throw new ProviderError(`provider "${config.provider}" cannot embed text`, false);
      v = provider.embed([text], signal).then((r) => r.vectors[0]!);
      // a failed embedding is retried by the next case rather than remembered
      v.catch(() => vectors.delete(text));
      vectors.set(text, v);
    }
    return v;
  };
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error('the similarity scorer grades asynchronously');
    },
    async grade({ case: c, output, signal }) {
      const references = expandTemplates(config.reference, c);
      const [out, ...refs] = await Promise.all([output, ...references].map((t) => embed(t, signal)));
      return graded(Math.max(...refs.map((r) => cosine(out!, r))), config.threshold);
    },
    signature: () => `embedding-cosine|provider:${config.provider}|refs:best`,
  };
}
