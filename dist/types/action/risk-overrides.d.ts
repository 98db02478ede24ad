import type { GateConfig } from '../config/schema.js';
/**
 * The override policy once the base gate's risk tiers count (docs/governance.md "Risk tiers"):
 * a `critical` suite needs an `admin` to override, a `high` one at least `maintain`, whatever
 * the config's own `min_permission` says; a stricter one in the config stays.
 */
export declare function withRiskPermission(policy: GateConfig['overrides'], config: GateConfig): GateConfig['overrides'];
