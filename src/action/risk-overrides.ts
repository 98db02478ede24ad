import type { GateConfig } from '../config/schema.js';
import { tierMinPermission } from '../config/risk-policy.js';
import { ROLES } from '../github/overrides.js';

/**
 * The override policy once the base gate's risk tiers count (docs/governance.md "Risk tiers"):
 * a `critical` suite needs an `admin` to override, a `high` one at least `maintain`, whatever
 * the config's own `min_permission` says; a stricter one in the config stays.
 */
export function withRiskPermission(policy: GateConfig['overrides'], config: GateConfig): GateConfig['overrides'] {
  let least = policy.min_permission;
  for (const suite of config.suites) {
    const needed = tierMinPermission(suite.risk);
    if (needed && ROLES.indexOf(needed) > ROLES.indexOf(least)) least = needed;
  }
  return least === policy.min_permission ? policy : { ...policy, min_permission: least };
}
