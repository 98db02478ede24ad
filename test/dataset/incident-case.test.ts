import { describe, expect, test } from 'vitest';
import { incidentCase, varsFromMessages } from '../../src/dataset/incident-case.js';
import { parseIncidentTrace } from '../../src/dataset/incident-trace.js';
import { parsePrompt } from '../../src/prompt/messages.js';

const prompt = parsePrompt(
  '[system]\nYou help {{tier}} customers in {{vars.language}}.\n\n[user]\n{{question}}\n\n({{tier}})\n',
);
const flags = { vars: {}, tags: {}, severity: 'critical' as const };
const uses = prompt.placeholders.map((p) => ({ name: p.name, where: `prompt.md:${p.line}` }));

describe('reading a request back through the prompt (docs/governance.md, "Incidents become regression cases")', () => {
  test('each placeholder takes what stood in its place; a variable used twice must match itself', () => {
    const system = { role: 'system' as const, content: 'You help pro customers in German.' };
    expect(varsFromMessages(prompt, [system, { role: 'user', content: 'Wo ist meine Rechnung?\n\n(pro)' }])).toEqual({
      tier: 'pro',
      language: 'German',
      question: 'Wo ist meine Rechnung?',
    });
    expect(varsFromMessages(prompt, [system, { role: 'user', content: 'Wo ist meine Rechnung?\n\n(free)' }])).toBe(
      undefined,
    );
    // a literal text that changed since, a role that differs, a message too many: nothing is read
    expect(varsFromMessages(prompt, [{ ...system, content: 'You assist pro customers in German.' }])).toBe(undefined);
    expect(varsFromMessages(prompt, [{ ...system, role: 'user' }, system])).toBe(undefined);
  });

  test('regex characters in the prompt are literal text', () => {
    const p = parsePrompt('Price (USD): $[{{amount}}]? *{{item}}*');
    expect(varsFromMessages(p, [{ role: 'user', content: 'Price (USD): $[12.50]? *tea*' }])).toEqual({
      amount: '12.50',
      item: 'tea',
    });
  });

  test('flags win over the trace, which wins over the request; the id hashes content and ref', () => {
    const trace = parseIncidentTrace(
      JSON.stringify({
        request: {
          messages: [
            { role: 'system', content: 'You help pro customers in German.' },
            { role: 'user', content: 'Hallo?\n\n(pro)' },
          ],
        },
        response: { choices: [{ message: { content: 'Nein.' } }] },
        vars: { language: 'English' },
      }),
      'trace.json',
    );
    if (!trace.ok) throw new Error(JSON.stringify(trace.issues));
    const built = incidentCase(trace.value, { ...flags, vars: { tier: 'free' }, ref: 'INC 7/a' }, prompt, uses);
    expect(built).toEqual({
      ok: true,
      line: {
        id: expect.stringMatching(/^incident-INC-7-a-[0-9a-f]{10}$/),
        vars: { tier: 'free', language: 'English', question: 'Hallo?' },
        tags: { source: 'incident', incident: 'INC 7/a' },
        severity: 'critical',
        incident_output: 'Nein.',
      },
    });
    const again = incidentCase(trace.value, { ...flags, vars: { tier: 'free' }, ref: 'INC 7/a' }, prompt, uses);
    expect(again.ok && built.ok && again.line.id).toBe(built.ok && built.line.id);
  });

  test('a JSON line: input fills the one variable still missing, else every missing one is named once', () => {
    const trace = parseIncidentTrace('{"input": "Hallo?", "output": "Nein.", "vars": {"tier": "pro"}}', 't.json');
    if (!trace.ok) throw new Error('parse');
    const missing = incidentCase(trace.value, flags, prompt, uses);
    expect(missing).toMatchObject({ ok: false, missing: [{ name: 'vars.language' }, { name: 'question' }] });
    const filled = incidentCase(trace.value, { ...flags, vars: { language: 'German' } }, prompt, uses);
    expect(filled).toMatchObject({ ok: true, line: { vars: { tier: 'pro', language: 'German', question: 'Hallo?' } } });
  });
});
