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
// condition holds.
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return condition === null || condition(stem) ? stem + replacement : word;
    }
  }
  return word;
}

const STEP1A: readonly Rule[] = [
  ['sses', 'ss', null],
  ['ies', 'i', null],
  ['ss', 'ss', null],
  ['s', '', null],
];

const STEP2_COMMON: readonly Rule[] = [
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

// Porter's rule list for step 2 under each mode: the original's 'abli' became 'bli' in
// Porter's later versions; NLTK adds 'fulli' and tests 'logi' with its 'l' kept.
function step2Rules(mode: PorterMode): readonly Rule[] {
  return [
    ['ational', 'ate', positiveMeasure],
    ['tional', 'tion', positiveMeasure],
    ['enci', 'ence', positiveMeasure],
    ['anci', 'ance', positiveMeasure],
    ['izer', 'ize', positiveMeasure],
    mode === 'ORIGINAL_ALGORITHM' ? ['abli', 'able', positiveMeasure] : ['bli', 'ble', positiveMeasure],
    ...STEP2_COMMON,
    ...(mode === 'NLTK_EXTENSIONS'
      ? ([
          ['fulli', 'ful', positiveMeasure],
          ['logi', 'log', (stem: string) => positiveMeasure(stem + 'l')],
        ] as const)
      : mode === 'MARTIN_EXTENSIONS'
        ? ([['logi', 'log', positiveMeasure]] as const)
        : []),
  ];
}

const STEP3: readonly Rule[] = [
  ['icate', 'ic', positiveMeasure],
  ['ative', '', positiveMeasure],
  ['alize', 'al', positiveMeasure],
  ['iciti', 'ic', positiveMeasure],
  ['ical', 'ic', positiveMeasure],
  ['ful', '', positiveMeasure],
  ['ness', '', positiveMeasure],
];

const STEP4: readonly Rule[] = [
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
];

// Step 5b: -ll → -l when the measure of the word without its last 'l' exceeds 1.
const STEP5B: readonly Rule[] = [['ll', 'l', (stem) => measure(stem + 'l') > 1]];

/**
 * A stemmer for one mode; it lowercases its input as NLTK's `stem` does by default. Meant for
 * words in Latin letters (rouge-score passes only [a-z0-9] tokens).
 */
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
    return applyRules(word, STEP1A);
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
    // AT → ATE, BL → BLE, IZ → IZE; (*d and not (*L or *S or *Z)) → single letter;
    // (m=1 and *o) → E.
    if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
    if (endsDoubleConsonant(stem)) return 'lsz'.includes(stem[stem.length - 1] as string) ? stem : stem.slice(0, -1);
    return measure(stem) === 1 && endsCvc(stem) ? stem + 'e' : stem;
  };

  // NLTK: y → i only after a consonant that is not the whole stem ('happy' → 'happi' but
  // 'enjoy' stays); the original requires a vowel in the stem.
  const step1c: readonly Rule[] = [
    ['y', 'i', nltk ? (s) => s.length > 1 && isConsonant(s, s.length - 1) : containsVowel],
  ];

  const step2List = step2Rules(mode);
  const step2 = (word: string): string => {
    if (nltk && word.endsWith('alli') && positiveMeasure(word.slice(0, -4))) {
      return step2(word.slice(0, -4) + 'al');
    }
    return applyRules(word, step2List);
  };

  const step5a = (word: string): string => {
    if (!word.endsWith('e')) return word;
    const stem = word.slice(0, -1);
    const m = measure(stem);
    return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
  };

  return (word: string): string => {
    const lower = word.toLowerCase();
    // NLTK looks the irregular form up before lowercasing and the length check uses the
    // original word; both are kept for identical output.
    if (nltk && IRREGULAR.has(word)) return IRREGULAR.get(lower) as string;
    if (mode !== 'ORIGINAL_ALGORITHM' && word.length <= 2) return lower;
    let stem = step1a(lower);
    stem = step1b(stem);
    stem = applyRules(stem, step1c);
    stem = step2(stem);
    stem = applyRules(stem, STEP3);
    stem = applyRules(stem, STEP4);
    stem = step5a(stem);
    return applyRules(stem, STEP5B);
  };
}
