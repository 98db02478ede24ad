import type { Run } from '../results/run-schema.js';
/**
 * run.json as JUnit XML (the Ant/Surefire schema that CI test views read): a testsuite per
 * evalgate suite with one testcase per case × scorer — a failed scorer is a <failure> with
 * the expected value and the actual output, a case the provider could not answer is an
 * <error> — and a testsuite "gate" with one testcase per rule outcome, so a failing rule is a
 * failing test. Everything a model or a dataset wrote is escaped: XML-special characters
 * become entities and characters XML 1.0 cannot carry are dropped.
 */
export declare function renderJunit(run: Run): string;
