// The Porter stemmer (Porter, "An algorithm for suffix stripping", Program 14.3, 1980) as NLTK
// implements it (nltk/stem/porter.py, PorterStemmer), with NLTK's three modes. rouge-score's
// tokenizer uses `PorterStemmer()`, i.e. NLTK_EXTENSIONS, so that is the default here.

export type PorterMode = 'NLTK_EXTENSIONS' | 'MARTIN_EXTENSIONS' | 'ORIGINAL_ALGORITHM';

// NLTK_EXTENSIONS' table of irregular forms, inverted: form → stem.
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sky: ['sky', 'skies'],
    die: ['dying'],
    lie: ['lying'],
    tie: ['tying'],
    news: ['news'],
    inning: ['innings', 'inning'],
    outing: ['outings', 'outing'],
    canning: ['cannings', 'canning'],
    howe: ['howe'],
    proceed: ['proceed'],
    exceed: ['exceed'],
    succeed: ['succeed'],
  }).flatMap(([stem, forms]) => forms.map((form): [string, string] => [form, stem])),
);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

// "A consonant is a letter other than A, E, I, O or U, and other than Y preceded by a consonant."
function isConsonant(word: string, i: number): boolean {
  const ch = word[i] as string;
  if (VOWELS.has(ch)) return false;
  if (ch === 'y') return i === 0 ? true : !isConsonant(word, i - 1);
  return true;
}

// m in [C](VC){m}[V]: the number of vowel→consonant transitions.
function measure(stem: string): number {
  let m = 0;
  for (let i = 1; i < stem.length; i++) {
    if (isConsonant(stem, i) && !isConsonant(stem, i - 1)) m++;
  }
  return m;
}

const positiveMeasure = (stem: string): boolean => measure(stem) > 0;
const measureAbove1 = (stem: string): boolean => measure(stem) > 1;

function containsVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

// *d: ends with a double consonant.
function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

type Rule = readonly [suffix: string, replacement: string, condition: ((stem: string) => boolean) | null];

// NLTK's _apply_rule_list: the first rule whose suffix matches decides, whether or not its
// condition holds. The suffix '*d' stands for a double consonant.
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === '*d' && endsDoubleConsonant(word)) {
      const stem = word.slice(0, -2);
      return condition === null || condition(stem) ? stem + replacement : word;
    }
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return condition === null || condition(stem) ? stem + replacement : word;
    }
  }
  return word;
}

/** A stemmer for one mode; `stem` lowercases its input as NLTK's does by default. */
export function porterStemmer(mode: PorterMode = 'NLTK_EXTENSIONS'): (word: string) => string {
  const nltk = mode === 'NLTK_EXTENSIONS';

  // *o: the stem ends consonant-vowel-consonant, the last not w, x or y (NLTK also accepts a
  // two-letter vowel-consonant stem).
  const endsCvc = (word: string): boolean => {
    const n = word.length;
    return (
      (n >= 3 &&
        isConsonant(word, n - 3) &&
        !isConsonant(word, n - 2) &&
        isConsonant(word, n - 1) &&
        !['w', 'x', 'y'].includes(word[n - 1] as string)) ||
      (nltk && n === 2 && !isConsonant(word, 0) && isConsonant(word, 1))
    );
  };

  const step1a = (word: string): string => {
    if (nltk && word.endsWith('ies') && word.length === 4) return word.slice(0, -3) + 'ie';
    return applyRules(word, [
      ['sses', 'ss', null],
      ['ies', 'i', null],
      ['ss', 'ss', null],
      ['s', '', null],
    ]);
  };

  const step1b = (word: string): string => {
    if (nltk && word.endsWith('ied')) return word.slice(0, -3) + (word.length === 4 ? 'ie' : 'i');
    if (word.endsWith('eed')) {
      const stem = word.slice(0, -3);
      return measure(stem) > 0 ? stem + 'ee' : word;
    }
    let stem: string | undefined;
    for (const suffix of ['ed', 'ing']) {
      if (word.endsWith(suffix) && containsVowel(word.slice(0, -suffix.length))) {
        stem = word.slice(0, -suffix.length);
        break;
      }
    }
    if (stem === undefined) return word;
    const last = stem[stem.length - 1] as string;
    return applyRules(stem, [
      ['at', 'ate', null],
      ['bl', 'ble', null],
      ['iz', 'ize', null],
      ['*d', last, () => !['l', 's', 'z'].includes(last)],
      ['', 'e', (s) => measure(s) === 1 && endsCvc(s)],
    ]);
  };

  // NLTK: y → i only after a consonant that is not the whole stem ('happy' → 'happi' but
  // 'enjoy' stays); the original requires a vowel in the stem.
  const step1c = (word: string): string =>
    applyRules(word, [
      ['y', 'i', nltk ? (s) => s.length > 1 && isConsonant(s, s.length - 1) : containsVowel],
    ]);

  const step2 = (word: string): string => {
    if (nltk && word.endsWith('alli') && positiveMeasure(word.slice(0, -4))) {
      return step2(word.slice(0, -4) + 'al');
    }
    const rules: Rule[] = [
      ['ational', 'ate', positiveMeasure],
      ['tional', 'tion', positiveMeasure],
      ['enci', 'ence', positiveMeasure],
      ['anci', 'ance', positiveMeasure],
      ['izer', 'ize', positiveMeasure],
      mode === 'ORIGINAL_ALGORITHM' ? ['abli', 'able', positiveMeasure] : ['bli', 'ble', positiveMeasure],
      ['alli', 'al', positiveMeasure],
      ['entli', 'ent', positiveMeasure],
      ['eli', 'e', positiveMeasure],
      ['ousli', 'ous', positiveMeasure],
      ['ization', 'ize', positiveMeasure],
      ['ation', 'ate', positiveMeasure],
      ['ator', 'ate', positiveMeasure],
      ['alism', 'al', positiveMeasure],
      ['iveness', 'ive', positiveMeasure],
      ['fulness', 'ful', positiveMeasure],
      ['ousness', 'ous', positiveMeasure],
      ['aliti', 'al', positiveMeasure],
      ['iviti', 'ive', positiveMeasure],
      ['biliti', 'ble', positiveMeasure],
    ];
    if (nltk) {
      rules.push(['fulli', 'ful', positiveMeasure]);
      // NLTK tests the measure of the word without 'ogi', i.e. the stem plus its 'l'.
      rules.push(['logi', 'log', () => positiveMeasure(word.slice(0, -3))]);
    }
    if (mode === 'MARTIN_EXTENSIONS') rules.push(['logi', 'log', positiveMeasure]);
    return applyRules(word, rules);
  };

  const step3 = (word: string): string =>
    applyRules(word, [
      ['icate', 'ic', positiveMeasure],
      ['ative', '', positiveMeasure],
      ['alize', 'al', positiveMeasure],
      ['iciti', 'ic', positiveMeasure],
      ['ical', 'ic', positiveMeasure],
      ['ful', '', positiveMeasure],
      ['ness', '', positiveMeasure],
    ]);

  const step4 = (word: string): string =>
    applyRules(word, [
      ['al', '', measureAbove1],
      ['ance', '', measureAbove1],
      ['ence', '', measureAbove1],
      ['er', '', measureAbove1],
      ['ic', '', measureAbove1],
      ['able', '', measureAbove1],
      ['ible', '', measureAbove1],
      ['ant', '', measureAbove1],
      ['ement', '', measureAbove1],
      ['ment', '', measureAbove1],
      ['ent', '', measureAbove1],
      ['ion', '', (s) => measure(s) > 1 && (s.endsWith('s') || s.endsWith('t'))],
      ['ou', '', measureAbove1],
      ['ism', '', measureAbove1],
      ['ate', '', measureAbove1],
      ['iti', '', measureAbove1],
      ['ous', '', measureAbove1],
      ['ive', '', measureAbove1],
      ['ize', '', measureAbove1],
    ]);

  const step5a = (word: string): string => {
    if (!word.endsWith('e')) return word;
    const stem = word.slice(0, -1);
    const m = measure(stem);
    return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
  };

  const step5b = (word: string): string =>
    applyRules(word, [['ll', 'l', () => measure(word.slice(0, -1)) > 1]]);

  return (word: string): string => {
    const lower = word.toLowerCase();
    // NLTK looks the irregular form up before lowercasing and the length check uses the
    // original word; both are kept for identical output.
    if (nltk && IRREGULAR.has(word)) return IRREGULAR.get(lower) as string;
    if (mode !== 'ORIGINAL_ALGORITHM' && word.length <= 2) return lower;
    let stem = step1a(lower);
    stem = step1b(stem);
    stem = step1c(stem);
    stem = step2(stem);
    stem = step3(stem);
    stem = step4(stem);
    stem = step5a(stem);
    return step5b(stem);
  };
}
