// The sentences a text metric compares with each other (a hypothesis and its references) as
// integers laid end to end in one reused buffer: characters as code points, words as ids that
// are equal for equal words. Tokenizers hand words over as spans of a string, so counting
// words costs no substring and no Map per call (docs/metrics.md, "Cost"). A metric keeps its
// groups in module state and refills them on every call: the metrics are synchronous, so no
// two calls interleave, and a group's buffers are sized by the largest group seen.

/** Where a tokenizer puts its words: `text.slice(start, end)` is one word. */
export interface TokenSink {
  word(text: string, start: number, end: number): void;
}

/** A sink that keeps the words as strings (the tokenizers' string-returning forms). */
export class TokenList implements TokenSink {
  readonly tokens: string[] = [];
  word(text: string, start: number, end: number): void {
    this.tokens.push(text.slice(start, end));
  }
}

/** Sentences of non-negative integer units; sentence k is `units[start(k) .. ends[k])`. */
export class UnitGroup {
  units = new Int32Array(256);
  size = 0;
  readonly ends: number[] = [];
  /** The n-gram ids of the group's sentences (ngrams.ts), kept with the group they describe. */
  ngramIds = new Int32Array(0);

  clear(): void {
    this.size = 0;
    this.ends.length = 0;
  }

  push(unit: number): void {
    if (this.size === this.units.length) {
      const units = new Int32Array(2 * this.units.length);
      units.set(this.units);
      this.units = units;
    }
    this.units[this.size++] = unit;
  }

  /** Closes the current sentence (possibly empty). */
  endSentence(): void {
    this.ends.push(this.size);
  }

  start(k: number): number {
    return k === 0 ? 0 : (this.ends[k - 1] as number);
  }

  length(k: number): number {
    return (this.ends[k] as number) - this.start(k);
  }
}

/**
 * A group of sentences of words, each word an id dense in 0..distinct−1 (equal words, equal
 * ids; compared by UTF-16 code units, as JavaScript's `===` and Python's `==` compare them).
 */
export class WordGroup extends UnitGroup implements TokenSink {
  /** The number of distinct words so far. */
  distinct = 0;
  // open addressing, 2 ints a slot [stamp, id]; a slot is live when its stamp is the current
  // one, so clearing the group is one increment
  private slots = new Int32Array(2 * 256);
  private stamp = 1;
  // per id: the word's first occurrence and its hash
  private texts: string[] = [];
  private wordStarts = new Int32Array(128);
  private wordEnds = new Int32Array(128);
  private hashes = new Int32Array(128);

  override clear(): void {
    super.clear();
    this.distinct = 0;
    if (++this.stamp === 0x7fffffff) {
      this.slots.fill(0);
      this.stamp = 1;
    }
  }

  word(text: string, start: number, end: number): void {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    let at = h & mask;
    for (;;) {
      if (slots[2 * at] !== this.stamp) break;
      const id = slots[2 * at + 1] as number;
      if (this.hashes[id] === h && this.same(id, text, start, length)) {
        this.push(id);
        return;
      }
      at = (at + 1) & mask;
    }
    const id = this.distinct++;
    if (id === this.hashes.length) this.growWords();
    this.texts[id] = text;
    this.wordStarts[id] = start;
    this.wordEnds[id] = end;
    this.hashes[id] = h;
    slots[2 * at] = this.stamp;
    slots[2 * at + 1] = id;
    // at most half full
    if (2 * this.distinct > mask) this.rehash();
    this.push(id);
  }

  private same(id: number, text: string, start: number, length: number): boolean {
    const other = this.texts[id] as string;
    const from = this.wordStarts[id] as number;
    if ((this.wordEnds[id] as number) - from !== length) return false;
    if (other === text && from === start) return true;
    for (let i = 0; i < length; i++) if (other.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private growWords(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(2 * a.length);
      b.set(a);
      return b;
    };
    this.wordStarts = grow(this.wordStarts);
    this.wordEnds = grow(this.wordEnds);
    this.hashes = grow(this.hashes);
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = (slots.length >> 1) - 1;
    for (let id = 0; id < this.distinct; id++) {
      let at = (this.hashes[id] as number) & mask;
      while (slots[2 * at] === this.stamp) at = (at + 1) & mask;
      slots[2 * at] = this.stamp;
      slots[2 * at + 1] = id;
    }
    this.slots = slots;
  }
}
