import { describe, expect, it } from 'vitest';
import { porterStemmer } from '../../src/metrics/text-index.js';

// Reference: NLTK's PorterStemmer (nltk/stem/porter.py), which rouge-score uses as
// `PorterStemmer()`, i.e. mode NLTK_EXTENSIONS. The words are the examples of Porter (1980),
// "An algorithm for suffix stripping", steps 1a–5b, as NLTK's docstrings list them; the
// expected stems are NLTK 3.8's output for the whole word (all steps), and NLTK's own unit tests
// (nltk/test/unit/test_stem.py: test_oed_bug, test_lowercase_option).

const nltk = porterStemmer();

describe('porterStemmer (NLTK_EXTENSIONS, the mode rouge-score uses)', () => {
  it.each([
    // step 1a
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['caress', 'caress'],
    ['cats', 'cat'],
    // step 1b
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['tanned', 'tan'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['fizzed', 'fizz'],
    ['failing', 'fail'],
    ['filing', 'file'],
    // step 1c
    ['happy', 'happi'],
    ['sky', 'sky'],
    // step 2
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['valenci', 'valenc'],
    ['digitizer', 'digit'],
    ['radicalli', 'radic'],
    ['differentli', 'differ'],
    ['vietnamization', 'vietnam'],
    ['predication', 'predic'],
    ['operator', 'oper'],
    ['feudalism', 'feudal'],
    ['decisiveness', 'decis'],
    ['hopefulness', 'hope'],
    ['callousness', 'callous'],
    ['formaliti', 'formal'],
    ['sensitiviti', 'sensit'],
    ['sensibiliti', 'sensibl'],
    // step 3
    ['triplicate', 'triplic'],
    ['formative', 'form'],
    ['formalize', 'formal'],
    ['electriciti', 'electr'],
    ['electrical', 'electr'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    // step 4
    ['revival', 'reviv'],
    ['allowance', 'allow'],
    ['inference', 'infer'],
    ['airliner', 'airlin'],
    ['gyroscopic', 'gyroscop'],
    ['adjustable', 'adjust'],
    ['defensible', 'defens'],
    ['irritant', 'irrit'],
    ['replacement', 'replac'],
    ['adjustment', 'adjust'],
    ['dependent', 'depend'],
    ['adoption', 'adopt'],
    ['communism', 'commun'],
    ['activate', 'activ'],
    ['angulariti', 'angular'],
    ['homologous', 'homolog'],
    ['effective', 'effect'],
    ['bowdlerize', 'bowdler'],
    // step 5
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controll', 'control'],
    ['roll', 'roll'],
    // whole words through several steps
    ['generalizations', 'gener'],
    ['oscillators', 'oscil'],
    ['running', 'run'],
  ])('%s → %s', (word, stem) => {
    expect(nltk(word)).toBe(stem);
  });

  it.each([
    ['ties', 'tie'],
    ['dying', 'die'],
    ['lying', 'lie'],
    ['skies', 'sky'],
    ['news', 'news'],
    ['innings', 'inning'],
    ['proceed', 'proceed'],
    ['enjoy', 'enjoy'],
    ['spy', 'spi'],
    ['tried', 'tri'],
  ])('applies NLTK extensions and irregular forms: %s → %s', (word, stem) => {
    expect(nltk(word)).toBe(stem);
  });

  it('test_oed_bug: oed → o; test_lowercase_option: On → on, I → i, Github → github', () => {
    expect(nltk('oed')).toBe('o');
    expect(nltk('On')).toBe('on');
    expect(nltk('I')).toBe('i');
    expect(nltk('Github')).toBe('github');
  });
});

describe('porterStemmer other modes (NLTK MARTIN_EXTENSIONS and ORIGINAL_ALGORITHM)', () => {
  it.each(['MARTIN_EXTENSIONS', 'ORIGINAL_ALGORITHM'] as const)(
    "%s: no irregular forms, Porter's own y rule",
    (mode) => {
      const stem = porterStemmer(mode);
      expect(['ties', 'dying', 'skies', 'news', 'innings', 'enjoy', 'spy'].map(stem)).toEqual([
        'ti',
        'dy',
        'ski',
        'new',
        'in',
        'enjoi',
        'spy',
      ]);
      expect(stem('generalizations')).toBe('gener');
    },
  );

  it("differs where the modes' step-2 rules do (BLI, LOGI, FULLI), as NLTK 3.8 does", () => {
    // NLTK 3.8: possibli → possibl/possibl/possibli, analogi → analog/analog/analogi,
    // hopefulli → hope/hopefulli/hopefulli (NLTK, MARTIN, ORIGINAL).
    const modes = ['NLTK_EXTENSIONS', 'MARTIN_EXTENSIONS', 'ORIGINAL_ALGORITHM'] as const;
    expect(modes.map((m) => porterStemmer(m)('possibli'))).toEqual(['possibl', 'possibl', 'possibli']);
    expect(modes.map((m) => porterStemmer(m)('analogi'))).toEqual(['analog', 'analog', 'analogi']);
    expect(modes.map((m) => porterStemmer(m)('hopefulli'))).toEqual(['hope', 'hopefulli', 'hopefulli']);
  });
});
