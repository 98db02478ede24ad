/**
 * The red-team and safety packs evalgate ships under packs/ (docs/governance.md "Red-team and
 * safety packs"). A pack is a versioned dataset and the scorers that judge it; a version never
 * changes once released, so a baseline of `prompt-injection@1` stays comparable.
 */
export interface Pack {
    name: string;
    version: number;
    /** `attack`: a failure means the attack succeeded; `benign`: a failure means the model over-refused. */
    kind: 'attack' | 'benign';
    description: string;
    /** Scorer definitions in the gate YAML's syntax, added to the suite's own. */
    scorers: readonly ({
        id: string;
        type: string;
    } & Record<string, unknown>)[];
}
export declare const PACKS: readonly Pack[];
/** A pack's dataset inside the packs/ folder. */
export declare const packFile: (pack: Pack) => string;
/** `name@version` → the pack, or a message naming what exists. */
export declare function findPack(spec: string): {
    ok: true;
    value: Pack;
} | {
    ok: false;
    message: string;
};
