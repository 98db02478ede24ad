import { describe, expect, it } from 'vitest';
import { normalizeAnswer, squadScore, squadSignature, tokenF1 } from '../../src/metrics/text-index.js';

// Reference: the official SQuAD evaluation scripts, evaluate-v1.1.py (normalize_answer,
// f1_score, exact_match_score, metric_max_over_ground_truths) and evaluate-v2.0.py
// (normalize_answer, compute_exact, compute_f1, get_raw_scores). They publish no test values,
// so each expectation follows from the script's code, worked out in the comment.

describe('normalizeAnswer (normalize_answer)', () => {
  it.each([
    // lower → remove string.punctuation → replace \b(a|an|the)\b with ' ' → ' '.join(split())
    ['The  Quick, brown fox!', 'quick brown fox'],
    ['  An apple a day.  ', 'apple day'],
    ['Theatre and anthem', 'theatre and anthem'],
    ["the cat's hat", 'cats hat'],
    ['$1,000.00', '100000'],
    ['A', ''],
    ['', ''],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeAnswer(text)).toBe(normalized);
  });

  it('uses Python 3 Unicode word boundaries, so an article glued to a letter in any script stays', () => {
    // re.sub(r'\b(a|an|the)\b', ...) on str: 'é' is a word character, so 'éa' has no
    // boundary before 'a'; '«' is not, so '«a»' loses its article.
    expect(normalizeAnswer('éa the')).toBe('éa');
    expect(normalizeAnswer('«a» cat')).toBe('« » cat');
  });

  it('removes ASCII punctuation only and splits on Python whitespace', () => {
    expect(normalizeAnswer('naïve—café\u00a0x')).toBe('naïve—café x');
  });
});

describe('squadScore v2.0 (compute_exact / compute_f1, max over gold answers)', () => {
  it('scores an exact match 1/1', () => {
    expect(squadScore('Denver Broncos', ['Denver Broncos', 'The Denver Broncos'])).toEqual({ exact: 1, f1: 1 });
  });

  it('takes the maximum over gold answers', () => {
    // gold 1: 'broncos' vs pred 'denver broncos team': P 1/3, R 1 → F1 0.5;
    // gold 2: 'denver broncos': 2 common, P 2/3, R 1 → F1 0.8.
    const r = squadScore('the Denver Broncos team', ['Broncos', 'Denver Broncos']);
    expect(r.exact).toBe(0);
    expect(r.f1).toBeCloseTo(0.8, 12);
  });

  it('clips repeated tokens (Counter intersection)', () => {
    // 'a' is an article and goes: pred tokens [b, b, b], gold [b, c], common 1 →
    // P 1/3, R 1/2 → F1 0.4.
    expect(squadScore('a b b b', ['b c']).f1).toBeCloseTo(0.4, 12);
  });

  it('accepts a single gold answer as a string', () => {
    expect(squadScore('Denver Broncos', 'the denver broncos')).toEqual({ exact: 1, f1: 1 });
  });

  it('scores no overlap 0/0', () => {
    expect(squadScore('Seattle', ['Denver'])).toEqual({ exact: 0, f1: 0 });
  });

  it('treats an empty gold list as unanswerable: 1/1 iff the prediction normalizes to empty', () => {
    expect(squadScore('', [])).toEqual({ exact: 1, f1: 1 });
    expect(squadScore('The.', [])).toEqual({ exact: 1, f1: 1 });
    expect(squadScore('Denver', [])).toEqual({ exact: 0, f1: 0 });
  });

  it('drops gold answers that normalize to empty (get_raw_scores), which can make a question unanswerable', () => {
    expect(squadScore('', ['the', '!!'])).toEqual({ exact: 1, f1: 1 });
    expect(squadScore('', ['the', 'Denver'])).toEqual({ exact: 0, f1: 0 });
  });

  it('is the default version', () => {
    expect(squadScore('x', [], { version: '2.0' })).toEqual(squadScore('x', []));
    expect(squadSignature()).toBe('squad|version:2.0');
  });
});

describe('squadScore v1.1 (exact_match_score / f1_score)', () => {
  it('matches v2.0 on ordinary answers', () => {
    const v1 = squadScore('the Denver Broncos team', ['Broncos', 'Denver Broncos'], { version: '1.1' });
    expect(v1.exact).toBe(0);
    expect(v1.f1).toBeCloseTo(0.8, 12);
  });

  it('gives an empty prediction against an empty-normalizing gold exact 1 but F1 0 (num_same == 0)', () => {
    expect(squadScore('', ['the'], { version: '1.1' })).toEqual({ exact: 1, f1: 0 });
  });

  it('has no unanswerable questions: an empty gold list is an error (max() of nothing)', () => {
    expect(() => squadScore('x', [], { version: '1.1' })).toThrow(RangeError);
    expect(squadSignature({ version: '1.1' })).toBe('squad|version:1.1');
  });
});

describe('tokenF1 (SQuAD-normalized token F1, v2.0 compute_f1)', () => {
  it('computes token-level F1 after normalization', () => {
    // pred [quick, brown, fox], ref [quick, fox, jumps]: common 2 → P 2/3, R 2/3 → F1 2/3.
    expect(tokenF1('The quick brown fox', 'quick fox jumps!')).toBeCloseTo(2 / 3, 12);
  });

  it('is 1 when both sides are empty after normalization and 0 when only one is', () => {
    expect(tokenF1('', 'the')).toBe(1);
    expect(tokenF1('', 'answer')).toBe(0);
    expect(tokenF1('answer', '')).toBe(0);
  });
});
