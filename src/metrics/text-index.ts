// Public text metrics: each reproduces a reference implementation's numbers.
// BLEU and chrF: sacreBLEU 2.x. ROUGE: google-research rouge-score. QA: the SQuAD scripts.

export { computeBleu, corpusBleu, sentenceBleu, bleuStatistics, sumBleuStatistics } from './bleu.js';
export type { BleuOptions, BleuResult, BleuStatistics, BleuSmoothMethod, BleuReference } from './bleu.js';
export { tokenize13a, tokenizeIntl, tokenizeChar } from './sacrebleu-tokenizers.js';
export type { BleuTokenizerName } from './sacrebleu-tokenizers.js';
export { corpusChrf, sentenceChrf, chrfStatistics, computeChrf } from './chrf.js';
export type { ChrfOptions, ChrfResult, ChrfReference } from './chrf.js';
export { rougeScore, rougeSignature, rougeTokenize } from './rouge.js';
export type { RougeType, RougeScore, RougeOptions } from './rouge.js';
export { porterStemmer } from './porter-stemmer.js';
export type { PorterMode } from './porter-stemmer.js';
export { normalizeAnswer, squadScore, squadSignature, tokenF1 } from './squad.js';
export type { SquadOptions, SquadScore, SquadVersion } from './squad.js';
