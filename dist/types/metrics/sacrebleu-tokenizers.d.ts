export type BleuTokenizerName = '13a' | 'none' | 'intl' | 'char';
/**
 * The words of sacreBLEU's `13a` tokenization: `tokenize13a(text).split()` without the join.
 * Every match of V13A_RULES lies within one whitespace-separated word and the whitespace
 * around it (a space or a period can be matched next to it, nothing across it), so the line is
 * tokenized word by word, each word padded as 13a pads the line, and words with nothing for
 * the rules to act on skip them; test/metrics/bleu-tokenizers.test.ts checks this against the
 * rules applied to the whole line.
 */
export declare function tokens13a(text: string): string[];
/**
 * sacreBLEU's default `13a` tokenizer (tokenizer_13a.Tokenizer13a), equivalent to
 * mteval-v13a.pl as used by WMT.
 */
export declare function tokenize13a(text: string): string;
/** sacreBLEU's `intl` tokenizer: splits off Unicode punctuation and symbols. */
export declare function tokenizeIntl(text: string): string;
/** sacreBLEU's `char` tokenizer: every code point (spaces included) becomes a token. */
export declare function tokenizeChar(text: string): string;
/** The words of the tokenizer sacreBLEU selects by name (its output split on whitespace). */
export declare function bleuWords(name: BleuTokenizerName): (line: string) => string[];
