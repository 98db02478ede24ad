import { test } from 'vitest';
import { cli } from '../support/workspace.js';
test('try', async () => {
  for (const kind of ['vulnerable', 'robust']) {
    const r = await cli([
      'run',
      '--config',
      `fixtures/packs/gates/${kind}.yml`,
      '--baseline',
      'none',
      '--out',
      `/tmp/gp/${kind}`,
    ]);
    console.log(kind, r.code, r.out.slice(0, 3000), r.err.slice(0, 3000));
  }
  const v = await cli(['validate', '--config', 'fixtures/packs/gates/robust.yml']);
  console.log(v.code, v.out, v.err);
}, 60000);
