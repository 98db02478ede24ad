import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The import rules of docs/architecture.md ("Import rules"), checked per folder so that a
 * violation fails `npm run lint`. Each group names modules by a regular expression; a folder's
 * block lists every group it may not use (a later block replaces an earlier one's options).
 */
const GROUPS = {
  github: {
    modules: '^(@octokit/|@actions/github$|@actions/artifact$)',
    message: 'only src/github/ talks to GitHub (docs/architecture.md, "Import rules")',
  },
  network: {
    modules: '^((node:)?(http|https|http2|net|tls|dgram)|undici|openai)$',
    message: 'only src/providers/ and src/github/ use the network (docs/architecture.md, "Import rules")',
  },
  actionsCore: {
    modules: '^@actions/core$',
    message: 'only the action shell (src/action.ts, src/action/) uses @actions/core (docs/architecture.md)',
  },
  io: {
    modules: '^(node:)?(fs|fs/promises|child_process|os|readline|worker_threads|process)$',
    message: 'metrics, stats, gate, aggregate and report do no I/O (docs/architecture.md, "Import rules")',
  },
  shell: {
    modules: '^\\.\\./(action|cli|github|pipeline|providers|runner)/|^\\.\\./(action|cli)\\.js$',
    message: 'the pure core does not import the shell that calls it (docs/architecture.md, "Layers")',
  },
};

/** Action inputs are read in one place, src/action/settings.ts (docs/architecture.md). */
const INPUT_READS = [
  {
    selector: 'CallExpression[callee.property.name=/^get(Boolean|Multiline)?Input$/]',
    message: 'only src/action/settings.ts reads action inputs (docs/architecture.md, "Import rules")',
  },
  {
    selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name=/^INPUT_/]",
    message: 'only src/action/settings.ts reads action inputs (docs/architecture.md, "Import rules")',
  },
];

function forbid(names, { inputs = true } = {}) {
  const groups = names.map((name) => GROUPS[name]);
  return {
    'no-restricted-imports': ['error', { patterns: groups.map((g) => ({ regex: g.modules, message: g.message })) }],
    // import() too; esquery reads "/" as the end of a regex, so "." stands in for it
    'no-restricted-syntax': [
      'error',
      ...groups.map((g) => ({
        selector: `ImportExpression[source.value=/${g.modules.replaceAll('/', '.')}/]`,
        message: g.message,
      })),
      ...(inputs ? INPUT_READS : []),
    ],
  };
}

const PURE = ['src/metrics/**', 'src/stats/**', 'src/gate/**', 'src/aggregate/**', 'src/report/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'evalgate-results/**', 'coverage/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        performance: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/**/*.ts'], rules: forbid(['github', 'network', 'actionsCore']) },
  { files: ['src/github/**'], rules: forbid(['actionsCore']) },
  { files: ['src/providers/**'], rules: forbid(['github', 'actionsCore']) },
  { files: ['src/action.ts', 'src/action/**'], rules: forbid(['github', 'network']) },
  { files: ['src/action/settings.ts'], rules: forbid(['github', 'network'], { inputs: false }) },
  {
    files: PURE,
    rules: {
      ...forbid(['github', 'network', 'actionsCore', 'io', 'shell']),
      'no-restricted-globals': [
        'error',
        { name: 'process', message: GROUPS.io.message },
        { name: 'fetch', message: GROUPS.network.message },
      ],
    },
  },
);
