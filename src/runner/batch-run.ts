import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../core/hash.js';
import { templateContext, type EvalCase } from '../dataset/case.js';
import { renderMessages, type PromptTemplate } from '../prompt/messages.js';
import { ProviderError, type BatchProgress, type ProviderRequest } from '../providers/provider.js';
import type { Caller, RunControl } from './caller.js';

export interface BatchSuite {
  suite: string;
  cases: readonly EvalCase[];
  repeats: number;
  prompt: PromptTemplate;
  caller: Caller;
}

export interface BatchRunSettings {
  control: RunControl;
  /** Where the batch id is kept between runs: `<cache dir>/batches/<request set hash>.json`. */
  cacheDir: string;
  log(line: string): void;
}

/**
 * Sends a suite's calls that the cache cannot answer through its provider's batch API and
 * hands the answers to its caller, so that the run then scores them as if called one by one
 * (docs/providers.md, "OpenAI Batch API"). The batch id is written to the cache dir under the
 * hash of the request set as soon as the batch exists: a re-run of the same requests (a
 * re-run job, a runner that was killed) resumes polling that batch instead of paying again.
 */
export async function runThroughBatch(suite: BatchSuite, settings: BatchRunSettings): Promise<void> {
  const { caller } = suite;
  const { control } = settings;
  const batch = caller.provider.batch;
  if (!batch) return;
  const items: { id: string; key: string; request: ProviderRequest }[] = [];
  // cases that render the same request are sent once
  const seen = new Set<string>();
  for (const c of suite.cases) {
    const messages = renderMessages(suite.prompt, templateContext(c));
    for (let repeat = 0; repeat < suite.repeats; repeat++) {
      const request = { suite: suite.suite, caseId: c.id, repeat, messages, vars: c.vars };
      const key = caller.keyOf(request);
      if (key === undefined || seen.has(key) || (await caller.cachedAnswer(key))) continue;
      seen.add(key);
      items.push({ id: `r${items.length}`, key, request });
    }
  }
  if (!items.length) return;
  const state = join(settings.cacheDir, 'batches', `${sha256(items.map((i) => i.key).join('\n'))}.json`);
  const resume = await readBatchId(state);
  const name = `provider "${caller.provider.name}"`;
  settings.log(
    resume
      ? `evalgate: ${name}: resuming batch ${resume} (${items.length} requests of suite ${suite.suite})`
      : `evalgate: ${name}: sending ${items.length} requests of suite ${suite.suite} through the Batch API`,
  );
  // polling ends at once when the run stops; the batch goes on at the provider and a re-run resumes it
  const polling = new AbortController();
  const off = control.onStop(() => polling.abort());
  if (control.stopped !== null) polling.abort();
  let last = '';
  try {
    const result = await batch.run(items, {
      ...(resume ? { resume } : {}),
      signal: polling.signal,
      submitted: async (id) => {
        await mkdir(join(settings.cacheDir, 'batches'), { recursive: true });
        await writeFile(state, JSON.stringify({ batch_id: id, submitted_at: new Date().toISOString() }));
      },
      progress: (p) => {
        const line = describeProgress(p);
        if (line !== last) settings.log(`evalgate: ${name}: ${line}`);
        last = line;
      },
    });
    if (result.stopped) {
      if (result.id) settings.log(`evalgate: ${name}: stopped polling batch ${result.id}; a re-run resumes it`);
      return;
    }
    const answers = new Map(items.map((item) => [item.key, result.answers.get(item.id)!]));
    await caller.supply(answers);
    await rm(state, { force: true });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    // the batch could not be sent or read: every request of it is an infrastructure failure
    await caller.supply(new Map(items.map((item) => [item.key, error])));
  } finally {
    off();
  }
}

async function readBatchId(file: string): Promise<string | undefined> {
  try {
    const id = (JSON.parse(await readFile(file, 'utf8')) as { batch_id?: unknown }).batch_id;
    return typeof id === 'string' && id ? id : undefined;
  } catch {
    return undefined;
  }
}

/** `batch batch_abc in_progress: 120 of 500 done, 3 failed`. */
function describeProgress(p: BatchProgress): string {
  return `batch ${p.id} ${p.status}: ${p.completed} of ${p.total} done${p.failed ? `, ${p.failed} failed` : ''}`;
}
