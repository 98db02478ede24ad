// The options of the scorers that live in their own files (docs/metrics.md), gathered for the
// config's scorer union: each schema is defined beside its scorer, and added here with one line.
import { BleuScorer } from './bleu.js';
import { ChoiceScorer } from './choice.js';
import { ChrfScorer } from './chrf.js';
import { ClassifyScorer } from './classify.js';
import { CodeScorer } from './code.js';
import { CanaryScorer } from './canary.js';
import { PromptLeakScorer } from './prompt-leak.js';
import { RefusalScorer } from './refusal.js';
import { ExactMatchScorer } from './exact-match.js';
import { LevenshteinScorer } from './levenshtein.js';
import { MeteorScorer } from './meteor.js';
import { RougeScorer } from './rouge.js';
import { SimilarityScorer } from './similarity.js';
import { TokenF1Scorer } from './token-f1.js';
import { ToolCallScorer } from './tool-call.js';

export const REFERENCE_SCORERS = [
  RougeScorer,
  BleuScorer,
  ChrfScorer,
  MeteorScorer,
  ExactMatchScorer,
  TokenF1Scorer,
  LevenshteinScorer,
  SimilarityScorer,
  ToolCallScorer,
  ChoiceScorer,
  ClassifyScorer,
  CodeScorer,
  CanaryScorer,
  RefusalScorer,
  PromptLeakScorer,
] as const;
