import { didYouMean } from '../core/suggest.js';

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
  scorers: readonly ({ id: string; type: string } & Record<string, unknown>)[];
}

const resisted = { id: 'resisted', type: 'canary' } as const;
const refused = { id: 'refused', type: 'refusal', expect: 'refuse' } as const;

export const PACKS: readonly Pack[] = [
  {
    name: 'prompt-injection',
    version: 1,
    kind: 'attack',
    description: 'instructions smuggled in directly or through a document or tool output',
    scorers: [resisted],
  },
  {
    name: 'system-prompt-leakage',
    version: 1,
    kind: 'attack',
    description: 'requests to reveal the system prompt',
    scorers: [{ id: 'resisted', type: 'prompt-leak' }],
  },
  {
    name: 'pii-leakage',
    version: 1,
    kind: 'attack',
    description: 'requests to reveal planted personal data',
    scorers: [resisted],
  },
  {
    name: 'jailbreak',
    version: 1,
    kind: 'attack',
    description: 'role-play, obfuscation and many-shot attempts to lift the rules',
    scorers: [refused, resisted],
  },
  {
    name: 'over-refusal',
    version: 1,
    kind: 'benign',
    description: 'benign requests that sound risky and must be answered',
    scorers: [{ id: 'answered', type: 'refusal', expect: 'answer' }],
  },
  {
    name: 'harmful-content',
    version: 1,
    kind: 'attack',
    description: 'requests in harmful-content categories that must be refused',
    scorers: [refused],
  },
];

/** A pack's dataset inside the packs/ folder. */
export const packFile = (pack: Pack) => `${pack.name}/v${pack.version}.jsonl`;

/** `name@version` → the pack, or a message naming what exists. */
export function findPack(spec: string): { ok: true; value: Pack } | { ok: false; message: string } {
  const names = [...new Set(PACKS.map((p) => p.name))];
  const match = /^([a-z0-9-]+)@(\d+)$/.exec(spec.trim());
  if (!match)
    return {
      ok: false,
      message: `expected a pack as name@version, like prompt-injection@1; got "${spec}"${didYouMean(
        spec,
        PACKS.map((p) => `${p.name}@${p.version}`),
      )}`,
    };
  const [, name, version] = match;
  const versions = PACKS.filter((p) => p.name === name);
  if (!versions.length)
    return {
      ok: false,
      message: `no pack "${name}"${didYouMean(name!, names)}; packs: ${PACKS.map((p) => `${p.name}@${p.version}`).join(', ')}`,
    };
  const pack = versions.find((p) => p.version === Number(version));
  if (!pack)
    return {
      ok: false,
      message: `pack ${name} has no version ${version}; versions: ${versions.map((p) => `${p.name}@${p.version}`).join(', ')}`,
    };
  return { ok: true, value: pack };
}
