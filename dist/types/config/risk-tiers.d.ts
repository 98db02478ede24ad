/** How risky a suite is (docs/governance.md "Risk tiers"); each tier brings the defaults of the ones below it. */
export declare const RISK_TIERS: readonly ["low", "medium", "high", "critical"];
export type RiskTier = (typeof RISK_TIERS)[number];
export declare const riskRank: (tier: RiskTier | undefined) => number;
