// The README's inputs/outputs table is generated from action.yml, so the two cannot drift:
// `node scripts/action-table.mjs` rewrites the block between the markers; a test checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

export const START = '<!-- action-table:start (generated from action.yml by scripts/action-table.mjs) -->';
export const END = '<!-- action-table:end -->';

export function actionTable(actionYml) {
  const action = yaml.load(actionYml);
  const cell = (text) =>
    String(text ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ')
      .trim();
  const lines = ['| input | default | description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    lines.push(
      `| \`${name}\` | ${input.default !== undefined ? `\`${cell(input.default)}\`` : ''} | ${cell(input.description)} |`,
    );
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

export function withTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no action-table markers');
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withTable(readme, actionTable(readFileSync('action.yml', 'utf8'))));
}
