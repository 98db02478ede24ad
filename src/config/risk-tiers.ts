/** How risky a suite is (docs/governance.md "Risk tiers"); each tier brings the defaults of the ones below it. */
export const RISK_TIERS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const riskRank = (tier: RiskTier | undefined): number => (tier === undefined ? -1 : RISK_TIERS.indexOf(tier));
