import { z } from 'zod';
import { GateConfig } from '../config/schema.js';
import { formatIssue } from '../core/result.js';
import { planSuites, tierCases, type PlannedSuite } from '../pipeline/plan-suites.js';
import { describeRule } from '../config/risk-policy.js';
import { tierWarnings } from './tier-warnings.js';
import type { Command } from './args.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

export async function validateCommand(cmd: Extract<Command, { command: 'validate' }>, io: Io): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  // every case is checked, whichever tier samples it; the tiers only decide the counts shown
  const planned = unwrap(await planSuites(loaded, { tier: null }));
  const tiers = [...new Set(loaded.suites.flatMap((s) => Object.keys(s.tiers)))];
  const lines = tiers.map((tier) => {
    const counts = planned
      .filter((p) => p.config.tiers[tier])
      .map((p) => {
        const n = tierCases(p.config, p.cases, p.config.tiers[tier]!).length;
        return `${p.config.id} (${n} cases × ${p.config.repeats})`;
      });
    return `  tier ${tier}: ${counts.join(', ')}`;
  });
  io.out(
    `${cmd.config}: valid — ${loaded.suites.length} suite${loaded.suites.length === 1 ? '' : 's'}\n${lines.join('\n')}\n${governanceLines(planned).join('')}`,
  );
  // warnings, not errors: the gate is valid, it just cannot say "pass" at this size
  for (const issue of tierWarnings(loaded, planned, null)) io.err(`warning: ${formatIssue(issue)}\n`);
  return 0;
}

export function schemaCommand(io: Io): number {
  const schema = z.toJSONSchema(GateConfig, { io: 'input', unrepresentable: 'any' });
  io.out(
    `${JSON.stringify({ $id: 'https://github.com/evalgate/evalgate/gate.schema.json', title: 'evalgate gate config', ...schema }, null, 2)}\n`,
  );
  return 0;
}

/** What packs bring and what each suite's risk tier sets (docs/governance.md). */
function governanceLines(planned: readonly PlannedSuite[]): string[] {
  return planned.flatMap((p) => {
    const out: string[] = [];
    const { packInfo, policy } = p.config;
    if (packInfo)
      out.push(
        `  suite ${p.config.id}: pack ${p.config.pack} brings ${p.allIds.size} cases (${packInfo.description}), into {{${p.config.input}}}\n`,
      );
    if (policy) {
      const set = policy.fromPolicy.map((i) => describeRule(policy.rules[i]!));
      out.push(
        `  suite ${p.config.id}: risk ${policy.tier} — the tier's policy sets ${set.length ? set.join('; ') : 'no rule of its own'}${policy.minPermission ? `; overrides need ${policy.minPermission} permission` : ''}\n`,
      );
      for (const r of policy.replaced) out.push(`  suite ${p.config.id}: ${r}\n`);
    }
    return out;
  });
}
