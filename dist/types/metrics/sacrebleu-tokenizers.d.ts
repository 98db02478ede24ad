import { type TokenSink } from './unit-group.js';
export type BleuTokenizerName = '13a' | 'none' | 'intl' | 'char';
/**
 * The words of sacreBLEU's `13a` tokenization (`tokenize13a(text).split()`) into a sink.
 * Every match of V13A_RULES lies within one whitespace-separated word and the whitespace
 * around it (a space or a period can be matched next to it, nothing across it), so the line is
 * tokenized word by word, each word padded as 13a pads the line. The rules act on ASCII
 * punctuation and symbols only (string.punctuation): words without any skip them, and so does
 * a word whose only one is a final period or comma (the rules split it off, whatever precedes
 * it). test/metrics/bleu-tokenizers.test.ts and test/metrics/fast-paths.test.ts check this
 * against the rules applied to the whole line.
 */
export declare function tokens13aInto(text: string, sink: TokenSink): void;
/**
 * sacreBLEU's default `13a` tokenizer (tokenizer_13a.Tokenizer13a), equivalent to
 * mteval-v13a.pl as used by WMT.
 */
export declare function tokenize13a(text: string): string;
/** sacreBLEU's `intl` tokenizer: splits off Unicode punctuation and symbols. */
export declare function tokenizeIntl(text: string): string;
/** sacreBLEU's `char` tokenizer: every code point (spaces included) becomes a token. */
export declare function tokenizeChar(text: string): string;
/** The words of the tokenizer sacreBLEU selects by name (its output split on whitespace), into a sink. */
export declare function bleuWordsInto(name: BleuTokenizerName): (line: string, sink: TokenSink) => void;
