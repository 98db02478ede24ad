// Regenerates the demo's dataset and recorded outputs (fixtures/demo). Deterministic: the
// same seed always writes the same files. Run: node scripts/make-demo-fixtures.mjs
import { writeFileSync } from 'node:fs';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261123);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const topics = [
  {
    key: 'refund',
    expected: '14 days',
    q: {
      en: 'How long do I have to request a refund?',
      de: 'Wie lange habe ich Zeit, eine Rückerstattung zu beantragen?',
      fr: 'Combien de temps ai-je pour demander un remboursement ?',
      es: '¿Cuánto tiempo tengo para pedir un reembolso?',
    },
  },
  {
    key: 'shipping',
    expected: '3-5 business days',
    q: {
      en: 'When will my order arrive?',
      de: 'Wann kommt meine Bestellung an?',
      fr: 'Quand ma commande arrivera-t-elle ?',
      es: '¿Cuándo llegará mi pedido?',
    },
  },
  {
    key: 'password',
    expected: 'Forgot password',
    q: {
      en: 'How do I reset my password?',
      de: 'Wie setze ich mein Passwort zurück?',
      fr: 'Comment réinitialiser mon mot de passe ?',
      es: '¿Cómo restablezco mi contraseña?',
    },
  },
  {
    key: 'cancel',
    expected: 'Settings > Billing',
    q: {
      en: 'How can I cancel my subscription?',
      de: 'Wie kann ich mein Abo kündigen?',
      fr: 'Comment annuler mon abonnement ?',
      es: '¿Cómo cancelo mi suscripción?',
    },
  },
  {
    key: 'invoice',
    expected: 'Invoices tab',
    q: {
      en: 'Where can I download my invoices?',
      de: 'Wo kann ich meine Rechnungen herunterladen?',
      fr: 'Où puis-je télécharger mes factures ?',
      es: '¿Dónde descargo mis facturas?',
    },
  },
  {
    key: 'export',
    expected: 'Export data',
    q: {
      en: 'Can I export all my data?',
      de: 'Kann ich alle meine Daten exportieren?',
      fr: 'Puis-je exporter toutes mes données ?',
      es: '¿Puedo exportar todos mis datos?',
    },
  },
];
const languages = ['en', 'de', 'fr', 'es'];
const tiers = ['free', 'pro'];

const cases = [];
for (const language of languages) {
  for (let i = 0; i < 100; i++) {
    const topic = topics[i % topics.length];
    const id = `${topic.key}-${language}-${String(i).padStart(3, '0')}`;
    const customer_tier = pick(tiers);
    // account-security answers must never go wrong: they are the critical cases
    const severity = topic.key === 'password' && i % 4 === 2 ? 'critical' : 'normal';
    cases.push({
      id,
      vars: { question: topic.q[language], customer_tier },
      expected: topic.expected,
      tags: { language, customer_tier },
      ...(severity === 'critical' ? { severity } : {}),
    });
  }
}

const good = (c, style) =>
  style === 'concise'
    ? `${c.expected}. Anything else?`
    : style === 'terse'
      ? `${c.expected}.`
      : `Thanks for reaching out! ${c.expected} — that is what our policy says. Let me know if I can help with anything else.`;
const vague = (style) =>
  style === 'v1'
    ? 'Thanks for reaching out! Please check our help center for details on this.'
    : 'See the help center.';
const latency = (scale) =>
  Math.round(scale * Math.exp(6.6 + 0.35 * (rand() * 2 - 1) + 0.25 * (rand() + rand() + rand() - 1.5)));

// main: about 90% correct; critical cases always correct
const mainPass = new Map(cases.map((c) => [c.id, c.severity === 'critical' || rand() < 0.9]));
const record = (c, pass, style, scale, output) => ({
  id: c.id,
  output: output ?? (pass ? good(c, style) : vague(style)),
  latency_ms: latency(scale),
  tokens: { prompt: 180, completion: pass ? 40 : 24, total: pass ? 220 : 204 },
  cost_usd: 0.00009,
});

const main = cases.map((c) => record(c, mainPass.get(c.id), 'v1', 1));

// pr-pass: a concise prompt; a handful of cases flip either way, answers get faster
const pass = cases.map((c) => {
  let ok = mainPass.get(c.id);
  if (c.severity !== 'critical' && rand() < 0.015) ok = !ok;
  return record(c, ok, 'concise', 0.85);
});

// pr-fail: a terse prompt that breaks German answers and one account-security answer
const criticalVictim = cases.find((c) => c.severity === 'critical' && c.tags.language === 'en');
const fail = cases.map((c) => {
  let ok = mainPass.get(c.id);
  if (c.tags.language === 'de' && ok && c.severity !== 'critical' && rand() < 0.3) ok = false;
  if (c === criticalVictim) {
    return record(
      c,
      false,
      'terse',
      0.8,
      'Just reply with your current password and @support will reset it <b>right away</b> | no need for the | reset link. ```rm -rf``` #42',
    );
  }
  return record(c, ok, 'terse', 0.8);
});

const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync('fixtures/demo/datasets/support-qa.jsonl', jsonl(cases));
writeFileSync('fixtures/demo/recordings/main.jsonl', jsonl(main));
writeFileSync('fixtures/demo/recordings/pr-concise.jsonl', jsonl(pass));
writeFileSync('fixtures/demo/recordings/pr-terse.jsonl', jsonl(fail));
console.log(`wrote ${cases.length} cases; critical victim: ${criticalVictim.id}`);
