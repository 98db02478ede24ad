import type { LoadedConfig } from '../config/load.js';
import { providerNames } from '../runner/session.js';

/** The environment variable each provider type reads its key from when the config names none. */
const DEFAULT_KEY_ENV: Record<string, string> = { openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY' };

/** The environment variables holding model credentials for these suites' providers. */
export function credentialVariables(loaded: LoadedConfig, suites: readonly string[]): string[] {
  const names = new Set<string>();
  const used = new Set(loaded.suites.filter((s) => suites.includes(s.id)).flatMap(providerNames));
  for (const providerName of used) {
    const provider = loaded.config.providers[providerName] as { type: string; api_key_env?: unknown } | undefined;
    if (!provider) continue;
    // `api_key_env: null` means the provider needs no key (a local server)
    const name = 'api_key_env' in provider ? provider.api_key_env : DEFAULT_KEY_ENV[provider.type];
    if (typeof name === 'string' && name) names.add(name);
  }
  return [...names];
}

/** Credential variables that are empty: on a fork PR, GitHub passes no secrets. */
export function missingCredentials(
  loaded: LoadedConfig,
  suites: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  return credentialVariables(loaded, suites).filter((name) => !env[name]);
}

/** Values that must never appear in a comment, a check run, the job summary or the artifact. */
export function secretValues(names: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const runnerSecrets = Object.keys(env).filter((k) => /(^|_)(TOKEN|SECRET|API_KEY|PASSWORD)$/.test(k));
  return [
    ...new Set(
      [...names, ...runnerSecrets]
        .map((k) => env[k])
        .filter((v): v is string => typeof v === 'string' && v.length >= 8),
    ),
  ];
}

/** Replaces every secret value in the text (longest first, so a secret containing another is masked whole). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}

/** Redacts every string inside a JSON-like value. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (!secrets.length) return value;
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)])) as T;
  return value;
}
