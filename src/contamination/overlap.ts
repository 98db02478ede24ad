// How much of each case a corpus already holds (docs/governance.md, "Contamination and lineage").
// A case's grams are the n-grams of its text (its vars, then its expected answer), or the whole
// text as one gram when it has fewer than n tokens, as the GPT-3 analysis did (Brown et al. 2020,
// appendix C). Its overlap is the fraction of its distinct grams found in the corpus, and it is
// flagged at or above a threshold, as PaLM did (Chowdhery et al. 2022, section 8: "at least 70% of
// its 8-grams"). Only the cases' grams are held; the corpus streams past in `feed`.
import { GramTable, GramWindows } from './gram-hash.js';
import { tokenHashes, scanTokens } from './tokens.js';

export interface OverlapSettings {
  /** Gram length in tokens (13 as in GPT-3). */
  n: number;
  /** A case is flagged when at least this fraction of its grams is in the corpus. */
  threshold: number;
}

/** What of a case is checked: its input (the vars' values) and its expected answer(s). */
export interface OverlapCase {
  id: string;
  line?: number;
  input: string;
  expected: readonly string[];
}

export interface CaseOverlap {
  id: string;
  line?: number;
  /** Distinct grams of the case. */
  grams: number;
  /** How many of them the corpus holds. */
  matched: number;
  /** matched / grams; 0 for a case without tokens. */
  overlap: number;
  /** The prompt holds an expected answer verbatim (as tokens): always flagged. */
  expected_in_prompt: boolean;
  flagged: boolean;
  /** Where a matched gram was first seen (the earliest source, then line). */
  first?: { source: string; line: number };
}

/** The text of a case's vars and expected answers, as the overlap sees them. */
export function overlapCase(c: { id: string; line?: number; vars: Record<string, unknown>; expected?: unknown }) {
  const text = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
  const expected =
    c.expected === undefined || c.expected === null
      ? []
      : Array.isArray(c.expected) && c.expected.every((e) => typeof e === 'string')
        ? (c.expected as string[])
        : [text(c.expected)];
  return {
    id: c.id,
    ...(c.line !== undefined ? { line: c.line } : {}),
    input: Object.values(c.vars).map(text).join('\n'),
    expected,
  } satisfies OverlapCase;
}

const pairs = (tokens: Int32Array) => tokens.length / 2;

export class OverlapIndex {
  /** The gram lengths the corpus is probed with: n, and each shorter length a whole short case has. */
  readonly lengths: number[];
  private readonly table: GramTable;
  private readonly offsets: Int32Array;
  private readonly slots: Int32Array;
  private readonly sources: string[] = [];
  private readonly windows: GramWindows;
  private source = 0;
  private line = 0;
  private readonly push: (a: number, b: number) => void;

  constructor(
    private readonly cases: readonly OverlapCase[],
    readonly settings: OverlapSettings,
  ) {
    const { n } = settings;
    const texts = cases.map((c) => tokenHashes([c.input, ...c.expected].join('\n')));
    const short = new Set<number>();
    let expected = 0;
    for (const t of texts) {
      const m = pairs(t);
      if (m > 0 && m < n) short.add(m);
      expected += m >= n ? m - n + 1 : m > 0 ? 1 : 0;
    }
    this.lengths = [n, ...[...short].sort((a, b) => a - b)];
    this.table = new GramTable(expected);
    this.offsets = new Int32Array(cases.length + 1);
    const all: number[] = [];
    const windowsOf = new Map<number, { windows: GramWindows; out: number[] }>();
    const collect = (k: number) => {
      let w = windowsOf.get(k);
      if (!w) {
        const out: number[] = [];
        w = { windows: new GramWindows([k], (a, b) => out.push(this.table.insert(a, b))), out };
        windowsOf.set(k, w);
      }
      return w;
    };
    texts.forEach((t, i) => {
      const m = pairs(t);
      const w = collect(m >= n ? n : m);
      w.windows.reset();
      w.out.length = 0;
      if (m > 0) for (let j = 0; j < m; j++) w.windows.push(t[2 * j]!, t[2 * j + 1]!);
      const distinct = [...new Set(w.out)];
      all.push(...distinct);
      this.offsets[i + 1] = all.length;
    });
    this.slots = Int32Array.from(all);
    const table = this.table;
    this.windows = new GramWindows(this.lengths, (a, b) => table.mark(a, b, this.source, this.line));
    const windows = this.windows;
    this.push = (a, b) => windows.push(a, b);
  }

  /** Starts a corpus document: no gram spans two documents. */
  beginDocument(source: string): void {
    let index = this.sources.lastIndexOf(source);
    if (index < 0) index = this.sources.push(source) - 1;
    this.source = index;
    this.windows.reset();
  }

  /** Feeds one line (or any piece) of the current document's text. */
  feed(text: string, line: number): void {
    this.line = line;
    scanTokens(text, this.push);
  }

  /** Each case's overlap; `prompts` are checked for an expected answer held verbatim. */
  results(prompts: readonly { source: string; text: string }[] = []): CaseOverlap[] {
    const inPrompt = promptMatcher(prompts);
    return this.cases.map((c, i) => {
      const from = this.offsets[i]!;
      const to = this.offsets[i + 1]!;
      let matched = 0;
      let first: { source: number; line: number } | undefined;
      for (let j = from; j < to; j++) {
        const slot = this.slots[j]!;
        const source = this.table.foundIn[slot]!;
        if (source === 0) continue;
        matched++;
        const line = this.table.foundLine[slot]!;
        if (!first || source - 1 < first.source || (source - 1 === first.source && line < first.line))
          first = { source: source - 1, line };
      }
      const grams = to - from;
      const overlap = grams ? matched / grams : 0;
      const promptHit = c.expected.map(inPrompt).find((hit) => hit !== undefined);
      const at = promptHit ?? (first ? { source: this.sources[first.source]!, line: first.line } : undefined);
      return {
        id: c.id,
        ...(c.line !== undefined ? { line: c.line } : {}),
        grams,
        matched,
        overlap,
        expected_in_prompt: promptHit !== undefined,
        flagged: promptHit !== undefined || (grams > 0 && overlap >= this.settings.threshold),
        ...(at ? { first: at } : {}),
      };
    });
  }
}

/** Where a prompt holds this text's tokens contiguously, if one does. */
function promptMatcher(prompts: readonly { source: string; text: string }[]) {
  const byLength = new Map<number, Map<string, { source: string; line: number }>>();
  const keysOf = (k: number) => {
    let keys = byLength.get(k);
    if (keys) return keys;
    keys = new Map();
    const found = keys;
    for (const p of prompts) {
      let line = 0;
      const windows = new GramWindows([k], (a, b) => {
        const key = `${a}:${b}`;
        if (!found.has(key)) found.set(key, { source: p.source, line });
      });
      for (const text of p.text.split('\n')) {
        line++;
        scanTokens(text, (a, b) => windows.push(a, b));
      }
    }
    byLength.set(k, keys);
    return keys;
  };
  return (expected: string) => {
    const tokens = tokenHashes(expected);
    const m = pairs(tokens);
    if (m === 0 || !prompts.length) return undefined;
    let hit: { source: string; line: number } | undefined;
    const windows = new GramWindows([m], (a, b) => (hit = keysOf(m).get(`${a}:${b}`)));
    for (let j = 0; j < m; j++) windows.push(tokens[2 * j]!, tokens[2 * j + 1]!);
    return hit;
  };
}
