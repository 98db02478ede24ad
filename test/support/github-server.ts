/**
 * A loopback HTTP server that answers like the GitHub REST API for the endpoints evalgate
 * and @actions/artifact use. Every response object starts from the example in the installed
 * `@octokit/openapi` description of that endpoint and is filled from an in-memory
 * repository, so field names and nesting are GitHub's, not ours. It enforces what GitHub
 * enforces and evalgate must respect: authentication, read-only tokens, comment and check
 * summary sizes, at most 50 annotations per request, the 3,000-file limit of a PR's file
 * list, pagination with Link headers, expired artifacts and the artifact redirect to a
 * zip download.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { zip } from './zip.js';

// ---------------------------------------------------------------- response shapes from @octokit/openapi

type Json = Record<string, unknown>;
let spec: Json | undefined;

/** Loads the OpenAPI description now (about half a second), so the first request is not the one that pays. */
export function loadOpenApi(): void {
  openapi();
}

function openapi(): Json {
  if (!spec) {
    const require = createRequire(import.meta.url);
    spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Json;
  }
  return spec;
}

function deref(value: unknown): unknown {
  let v = value as Json | undefined;
  while (v && typeof v.$ref === 'string')
    v = (v.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((o, k) => (o as Json)[k], openapi()) as Json;
  return v;
}

const exampleCache = new Map<string, unknown>();

/** A fresh copy of the documented example response of `method path` (the first item for arrays). */
function example(path: string, method: string, status: string, name?: string): Json {
  const key = `${method} ${path} ${status} ${name ?? ''}`;
  if (!exampleCache.has(key)) {
    const response = deref(((openapi().paths as Json)[path] as Json)[method] as Json) as Json;
    const content = (deref((response.responses as Json)[status]) as Json).content as Json;
    const examples = (content['application/json'] as Json).examples as Json;
    const chosen = deref(name ? examples[name] : Object.values(examples)[0]) as Json;
    const value = Array.isArray(chosen.value) ? chosen.value[0] : chosen.value;
    exampleCache.set(key, value);
  }
  return structuredClone(exampleCache.get(key)) as Json;
}

// ---------------------------------------------------------------- the repository the server holds

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** What a token may do: who it is, and whether it can write (a fork PR's GITHUB_TOKEN cannot). */
export interface TokenGrant {
  identity: { kind: 'app'; slug: string } | { kind: 'user'; login: string };
  write: boolean;
}

export interface PullState {
  number: number;
  title: string;
  author: string;
  head: { sha: string; ref: string; repo: { id: number; full_name: string } };
  base: { ref: string; sha: string };
  labels: string[];
  files: string[];
  /** Commits with the dates their authors wrote (which can be forged). */
  commits?: { sha: string; date: string }[];
  state?: 'open' | 'closed';
}

export interface RunState {
  id: number;
  name?: string;
  event: string;
  status?: 'completed' | 'in_progress' | 'queued';
  conclusion?: 'success' | 'failure' | 'cancelled' | null;
  head_branch: string;
  head_sha: string;
  head_repository: { id: number; full_name: string };
  created_at: string;
  updated_at?: string;
  run_number?: number;
  pull_requests?: number[];
  /** The workflow file the run ran, e.g. `.github/workflows/evalgate-baseline.yml`. */
  path?: string;
}

export interface ArtifactState {
  id: number;
  runId: number;
  name: string;
  files: Record<string, string>;
  expired?: boolean;
  /** Serve a digest that does not match the zip (a tampered or corrupted download). */
  wrongDigest?: boolean;
}

export interface CommentState {
  id: number;
  issue: number;
  body: string;
  user: Account;
  created_at: string;
  updated_at: string;
}

export interface EventState {
  id: number;
  issue: number;
  event: string;
  actor: string;
  created_at: string;
  label?: string;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Json[];
  app: string;
  requests: number;
  external_id?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  body?: Json;
  ms: number;
}

export interface FakeRepo {
  owner: string;
  name: string;
  id: number;
}

export interface FakeGitHubOptions {
  repo: FakeRepo;
  /** The repository's collaborators and their roles. */
  roles?: Record<string, Role>;
  tokens?: Record<string, TokenGrant>;
}

const BOT_IDS: Record<string, number> = { 'github-actions': 41898282 };

export class FakeGitHub {
  readonly repo: FakeRepo;
  readonly roles: Map<string, Role>;
  readonly tokens: Map<string, TokenGrant>;
  readonly accounts = new Map<string, Account>();
  readonly pulls = new Map<number, PullState>();
  readonly runs: RunState[] = [];
  readonly artifacts: ArtifactState[] = [];
  readonly comments: CommentState[] = [];
  readonly events: EventState[] = [];
  readonly checkRuns: CheckRunState[] = [];
  /** File contents by `ref:path`, for the contents API. */
  readonly contents = new Map<string, string>();
  /** Symbolic links by `ref:path` → the repository path they point to (the contents API says `type: symlink`). */
  readonly symlinks = new Map<string, string>();
  /** Each branch's commits, oldest first: what the compare API answers from. */
  readonly branches = new Map<string, string[]>();
  readonly requests: RecordedRequest[] = [];
  private readonly failures: { method: string; path: RegExp; status: number; times: number }[] = [];
  private nextId = 9_000_000;
  private server: Server | undefined;
  url = '';

  constructor(options: FakeGitHubOptions) {
    this.repo = options.repo;
    this.roles = new Map(Object.entries(options.roles ?? {}));
    this.tokens = new Map(Object.entries(options.tokens ?? {}));
    for (const login of this.roles.keys()) this.account(login);
  }

  get fullName(): string {
    return `${this.repo.owner}/${this.repo.name}`;
  }

  id(): number {
    return ++this.nextId;
  }

  account(login: string, type: Account['type'] = login.endsWith('[bot]') ? 'Bot' : 'User'): Account {
    let a = this.accounts.get(login);
    if (!a) {
      a = { login, id: BOT_IDS[login.replace(/\[bot\]$/, '')] ?? this.id(), type };
      this.accounts.set(login, a);
    }
    return a;
  }

  addComment(issue: number, login: string, body: string, at = '2024-01-01T00:00:00Z'): CommentState {
    const c = { id: this.id(), issue, body, user: this.account(login), created_at: at, updated_at: at };
    this.comments.push(c);
    return c;
  }

  addEvent(issue: number, event: string, actor: string, at: string, label?: string): void {
    this.events.push({ id: this.id(), issue, event, actor, created_at: at, label });
  }

  addArtifact(
    runId: number,
    name: string,
    files: Record<string, string>,
    extra: Partial<ArtifactState> = {},
  ): ArtifactState {
    const a = { id: this.id(), runId, name, files, ...extra };
    this.artifacts.push(a);
    return a;
  }

  /** Make the next `times` requests matching `method path` fail with `status`. */
  failNext(method: string, path: RegExp, status: number, times = 1): void {
    this.failures.push({ method, path, status, times });
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: Json | undefined;
    try {
      body = rawBody ? (JSON.parse(rawBody) as Json) : undefined;
    } catch {
      body = undefined;
    }
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    const record: RecordedRequest = { method, path: url.pathname, query, status: 0, body, ms: 0 };
    this.requests.push(record);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.ms = performance.now() - started;
      const text = payload === undefined ? '' : typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `LOOPBACK:${this.requests.length}`,
        ...headers,
      });
      res.end(text);
    };
    try {
      const failure = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
      if (failure) {
        failure.times--;
        return send(failure.status, {
          message: failure.status >= 500 ? 'Server Error' : 'Injected failure',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      if (url.pathname.startsWith('/_blob/')) return this.blob(url, res, record, started);
      const grant = this.authenticate(req);
      if (!grant) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      const result = this.route(
        method,
        url,
        query,
        body ?? {},
        grant,
        /vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? ''),
      );
      if (!result) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return send(result.status, result.body, result.headers);
    } catch (error) {
      return send(500, { message: (error as Error).message });
    }
  }

  private blob(url: URL, res: ServerResponse, record: RecordedRequest, started: number): void {
    const id = Number(/\/_blob\/artifacts\/(\d+)\.zip$/.exec(url.pathname)?.[1]);
    const artifact = this.artifacts.find((a) => a.id === id);
    record.status = artifact ? 200 : 404;
    record.ms = performance.now() - started;
    if (!artifact) {
      res.writeHead(404).end();
      return;
    }
    const data = zip(artifact.files);
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(data.length),
      'content-disposition': `attachment; filename=${artifact.name}.zip`,
    });
    res.end(data);
  }

  private authenticate(req: IncomingMessage): TokenGrant | undefined {
    const match = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '');
    return match ? this.tokens.get(match[1]!) : undefined;
  }

  private route(
    method: string,
    url: URL,
    query: Record<string, string>,
    body: Json,
    grant: TokenGrant,
    raw: boolean,
  ): { status: number; body?: unknown; headers?: Record<string, string> } | undefined {
    const path = url.pathname;
    if (method === 'GET' && path === '/user') {
      if (grant.identity.kind !== 'user')
        return {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          },
        };
      return { status: 200, body: { ...example('/user', 'get', '200'), ...this.userJson(grant.identity.login) } };
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== this.fullName.toLowerCase()) return undefined;
    const rest = m[3] ?? '';
    const write = () =>
      grant.write
        ? undefined
        : {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest',
            },
          };
    let r: RegExpExecArray | null;

    if (method === 'GET' && (r = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = this.pulls.get(Number(r[1]));
      return pull ? { status: 200, body: this.pullJson(pull) } : undefined;
    }
    if (method === 'GET' && rest === '/pulls') {
      const pulls = [...this.pulls.values()]
        .filter((p) => (query.state ?? 'open') === 'all' || (p.state ?? 'open') === (query.state ?? 'open'))
        .filter((p) => !query.head || `${p.head.repo.full_name.split('/')[0]}:${p.head.ref}` === query.head);
      return this.page(
        url,
        query,
        pulls.map((p) => this.pullJson(p)),
      );
    }
    if (method === 'GET' && (r = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const pull = this.pulls.get(Number(r[1]));
      if (!pull) return undefined;
      // GitHub lists at most 3,000 files of a pull request
      const files = pull.files.slice(0, 3000).map((filename) => ({
        ...example('/repos/{owner}/{repo}/pulls/{pull_number}/files', 'get', '200'),
        filename,
        sha: sha(filename),
        status: 'modified',
      }));
      return this.page(url, query, files, 30, 3000);
    }
    if (method === 'GET' && (r = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      const pull = this.pulls.get(Number(r[1]));
      return pull
        ? this.page(
            url,
            query,
            pull.labels.map((name) => this.labelJson(name)),
          )
        : undefined;
    }
    if (method === 'DELETE' && (r = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rest))) {
      const denied = write();
      if (denied) return denied;
      const pull = this.pulls.get(Number(r[1]));
      const name = decodeURIComponent(r[2]!);
      if (!pull || !pull.labels.includes(name))
        return {
          status: 404,
          body: {
            message: 'Label does not exist',
            documentation_url: 'https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue',
          },
        };
      pull.labels = pull.labels.filter((l) => l !== name);
      this.addEvent(pull.number, 'unlabeled', this.loginOf(grant), new Date().toISOString(), name);
      return { status: 200, body: pull.labels.map((l) => this.labelJson(l)) };
    }
    if (method === 'GET' && (r = /^\/issues\/(\d+)\/(events|timeline)$/.exec(rest))) {
      const issue = Number(r[1]);
      const events = this.events.filter((e) => e.issue === issue).map((e) => this.eventJson(e));
      if (r[2] === 'timeline') {
        const commits = (this.pulls.get(issue)?.commits ?? []).map((c) => ({
          event: 'committed',
          sha: c.sha,
          node_id: 'C_loopback',
          url: '',
          html_url: '',
          author: { name: 'author', email: 'a@example.com', date: c.date },
          committer: { name: 'author', email: 'a@example.com', date: c.date },
          message: 'commit',
          tree: { sha: sha('tree'), url: '' },
          parents: [],
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
        }));
        return this.page(url, query, [...commits, ...events]);
      }
      return this.page(url, query, events);
    }
    if (method === 'GET' && (r = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const login = decodeURIComponent(r[1]!);
      if (!this.accounts.has(login))
        return {
          status: 404,
          body: { message: `${login} is not a user`, documentation_url: 'https://docs.github.com/rest' },
        };
      const role = this.roles.get(login);
      const rank = role ? ROLES.indexOf(role) : -1;
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : (role ?? 'none');
      const user = {
        ...(example('/repos/{owner}/{repo}/collaborators/{username}/permission', 'get', '200').user as Json),
        ...this.userJson(login),
        permissions: { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 },
        role_name: role ?? 'none',
      };
      return { status: 200, body: { permission, role_name: role ?? 'none', user } };
    }
    if (method === 'GET' && rest === '/actions/runs') {
      let runs = [...this.runs];
      if (query.branch) runs = runs.filter((x) => x.head_branch === query.branch);
      if (query.event) runs = runs.filter((x) => x.event === query.event);
      if (query.head_sha) runs = runs.filter((x) => x.head_sha === query.head_sha);
      if (query.status)
        runs = runs.filter((x) =>
          ['completed', 'in_progress', 'queued'].includes(query.status!)
            ? (x.status ?? 'completed') === query.status
            : (x.status ?? 'completed') === 'completed' && (x.conclusion ?? 'success') === query.status,
        );
      runs.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
      const all = runs.map((x) => this.runJson(x, query.exclude_pull_requests === 'true'));
      return this.page(url, query, all, 30, Infinity, (items) => ({ total_count: all.length, workflow_runs: items }));
    }
    if (method === 'GET' && (r = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest))) {
      const run = this.runs.find((x) => x.id === Number(r![1]));
      if (!run) return undefined;
      const all = this.artifacts
        .filter((a) => a.runId === run.id && (!query.name || a.name === query.name))
        .map((a) => this.artifactJson(a, run));
      return this.page(url, query, all, 30, Infinity, (items) => ({ total_count: all.length, artifacts: items }));
    }
    if (method === 'GET' && (r = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest))) {
      const artifact = this.artifacts.find((a) => a.id === Number(r![1]));
      if (!artifact) return undefined;
      if (artifact.expired)
        return {
          status: 410,
          body: {
            message: 'Artifact has expired',
            documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
          },
        };
      return {
        status: 302,
        headers: { location: `${this.url}/_blob/artifacts/${artifact.id}.zip?sig=loopback-signature` },
      };
    }
    if (method === 'POST' && rest === '/check-runs') {
      const denied = write();
      if (denied) return denied;
      if (grant.identity.kind !== 'app')
        return {
          status: 403,
          body: {
            message: 'You must authenticate via a GitHub App.',
            documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
          },
        };
      const invalid = checkOutputProblem(body);
      if (invalid) return invalid;
      const run: CheckRunState = {
        id: this.id(),
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: String(body.status ?? (body.conclusion ? 'completed' : 'queued')),
        conclusion: (body.conclusion as string) ?? null,
        output: {},
        annotations: [],
        app: grant.identity.slug,
        requests: 1,
        ...(typeof body.external_id === 'string' ? { external_id: body.external_id } : {}),
      };
      applyOutput(run, body);
      this.checkRuns.push(run);
      return { status: 201, body: this.checkRunJson(run) };
    }
    if (method === 'PATCH' && (r = /^\/check-runs\/(\d+)$/.exec(rest))) {
      const denied = write();
      if (denied) return denied;
      const run = this.checkRuns.find((c) => c.id === Number(r![1]));
      if (!run) return undefined;
      const invalid = checkOutputProblem(body);
      if (invalid) return invalid;
      run.requests++;
      if (body.status) run.status = String(body.status);
      if (body.conclusion) {
        run.conclusion = String(body.conclusion);
        run.status = 'completed';
      }
      applyOutput(run, body);
      return { status: 200, body: this.checkRunJson(run) };
    }
    if ((r = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(r[1]);
      if (method === 'GET')
        return this.page(
          url,
          query,
          this.comments.filter((c) => c.issue === issue).map((c) => this.commentJson(c)),
        );
      if (method === 'POST') {
        const denied = write();
        if (denied) return denied;
        const invalid = commentProblem(body);
        if (invalid) return invalid;
        const now = new Date().toISOString();
        const c = {
          id: this.id(),
          issue,
          body: String(body.body),
          user: this.account(this.loginOf(grant)),
          created_at: now,
          updated_at: now,
        };
        this.comments.push(c);
        return { status: 201, body: this.commentJson(c) };
      }
    }
    if (method === 'PATCH' && (r = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const denied = write();
      if (denied) return denied;
      const c = this.comments.find((x) => x.id === Number(r![1]));
      if (!c) return undefined;
      // GitHub lets a token with write access edit anyone's comment; evalgate must not
      const invalid = commentProblem(body);
      if (invalid) return invalid;
      c.body = String(body.body);
      c.updated_at = new Date().toISOString();
      return { status: 200, body: this.commentJson(c) };
    }
    if (method === 'GET' && (r = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest))) {
      const compared = this.compare(decodeURIComponent(r[1]!), decodeURIComponent(r[2]!));
      if (!compared) return undefined;
      return {
        status: 200,
        body: {
          ...example('/repos/{owner}/{repo}/compare/{basehead}', 'get', '200'),
          ...compared,
          total_commits: compared.ahead_by,
          commits: [],
          files: [],
        },
      };
    }
    if (method === 'GET' && (r = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
      const ref = decodeURIComponent(r[1]!);
      const all = this.checkRuns
        .filter((c) => c.head_sha === ref && (!query.check_name || c.name === query.check_name))
        .map((c) => this.checkRunJson(c));
      return this.page(url, query, all, 30, Infinity, (items) => ({ total_count: all.length, check_runs: items }));
    }
    if (method === 'GET' && (r = /^\/contents\/(.+)$/.exec(rest))) {
      const file = decodeURIComponent(r[1]!);
      const ref = query.ref ?? 'HEAD';
      const link = this.symlinks.get(`${ref}:${file}`);
      if (link !== undefined) {
        // the raw media type follows a link inside the repository; the object says what it is
        const target = this.contents.get(`${ref}:${link}`);
        if (raw)
          return target === undefined
            ? undefined
            : { status: 200, body: target, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
        return {
          status: 200,
          body: {
            ...example('/repos/{owner}/{repo}/contents/{path}', 'get', '200', 'response-if-content-is-a-file'),
            type: 'symlink',
            target: link,
            name: file.split('/').pop(),
            path: file,
            size: link.length,
            sha: sha(link),
            content: undefined,
            encoding: undefined,
          },
        };
      }
      const text = this.contents.get(`${ref}:${file}`);
      if (text === undefined) return undefined;
      if (raw)
        return { status: 200, body: text, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      const content = Buffer.from(text)
        .toString('base64')
        .replace(/(.{60})/g, '$1\n');
      return {
        status: 200,
        body: {
          ...example('/repos/{owner}/{repo}/contents/{path}', 'get', '200', 'response-if-content-is-a-file'),
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: file.split('/').pop(),
          path: file,
          content,
          sha: sha(text),
        },
      };
    }
    return undefined;
  }

  /** The compare API's verdict on `base...head`, from the branches' commit lists (a branch name stands for its newest commit). */
  private compare(
    base: string,
    head: string,
  ): { status: 'identical' | 'ahead' | 'behind' | 'diverged'; ahead_by: number; behind_by: number } | undefined {
    const resolve = (ref: string) => this.branches.get(ref)?.at(-1) ?? ref;
    const [b, h] = [resolve(base), resolve(head)];
    if (!/^[0-9a-f]{40}$/.test(b) || !/^[0-9a-f]{40}$/.test(h)) return undefined;
    if (b === h) return { status: 'identical', ahead_by: 0, behind_by: 0 };
    for (const commits of this.branches.values()) {
      const [i, j] = [commits.indexOf(b), commits.indexOf(h)];
      if (i >= 0 && j >= 0)
        return i < j
          ? { status: 'ahead', ahead_by: j - i, behind_by: 0 }
          : { status: 'behind', ahead_by: 0, behind_by: i - j };
    }
    return { status: 'diverged', ahead_by: 1, behind_by: 1 };
  }

  /** Serves `items` page by page with GitHub's Link header (per_page default 30, at most 100). */
  private page(
    url: URL,
    query: Record<string, string>,
    items: unknown[],
    defaultPerPage = 30,
    cap = Infinity,
    wrap?: (items: unknown[]) => unknown,
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(query.per_page ?? defaultPerPage));
    const pageNo = Math.max(1, Number(query.page ?? 1));
    const capped = items.slice(0, cap);
    const last = Math.max(1, Math.ceil(capped.length / perPage));
    const slice = capped.slice((pageNo - 1) * perPage, pageNo * perPage);
    const link = (p: number, rel: string) => {
      const u = new URL(url);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return `<${u}>; rel="${rel}"`;
    };
    const links = [
      ...(pageNo < last ? [link(pageNo + 1, 'next'), link(last, 'last')] : []),
      ...(pageNo > 1 ? [link(1, 'first'), link(pageNo - 1, 'prev')] : []),
    ];
    return { status: 200, body: wrap ? wrap(slice) : slice, headers: links.length ? { link: links.join(', ') } : {} };
  }

  // ---------------------------------------------------------------- JSON shapes

  private loginOf(grant: TokenGrant): string {
    return grant.identity.kind === 'app' ? `${grant.identity.slug}[bot]` : grant.identity.login;
  }

  private userJson(login: string): Json {
    const a = this.account(login);
    return {
      login: a.login,
      id: a.id,
      node_id: `U_${a.id}`,
      type: a.type,
      html_url: `https://github.com/${a.login}`,
      url: `https://api.github.com/users/${a.login}`,
    };
  }

  private labelJson(name: string): Json {
    return {
      ...example('/repos/{owner}/{repo}/issues/{issue_number}/labels', 'get', '200'),
      id: Number.parseInt(sha(name).slice(0, 8), 16),
      name,
      url: `https://api.github.com/repos/${this.fullName}/labels/${encodeURIComponent(name)}`,
      default: false,
    };
  }

  private repoJson(id: number, fullName: string): Json {
    const base = example('/repos/{owner}/{repo}/pulls/{pull_number}', 'get', '200').base as Json;
    const [owner, name] = fullName.split('/');
    return {
      ...(base.repo as Json),
      id,
      name,
      full_name: fullName,
      owner: { ...((base.repo as Json).owner as Json), ...this.userJson(owner!) },
      fork: id !== this.repo.id,
      html_url: `https://github.com/${fullName}`,
    };
  }

  private pullJson(p: PullState): Json {
    const ex = example('/repos/{owner}/{repo}/pulls/{pull_number}', 'get', '200');
    const headRepo = this.repoJson(p.head.repo.id, p.head.repo.full_name);
    return {
      ...ex,
      number: p.number,
      id: p.number + 100_000,
      state: p.state ?? 'open',
      title: p.title,
      user: { ...(ex.user as Json), ...this.userJson(p.author) },
      labels: p.labels.map((l) => this.labelJson(l)),
      head: {
        ...(ex.head as Json),
        ref: p.head.ref,
        sha: p.head.sha,
        label: `${p.head.repo.full_name.split('/')[0]}:${p.head.ref}`,
        repo: headRepo,
        user: this.userJson(p.head.repo.full_name.split('/')[0]!),
      },
      base: {
        ...(ex.base as Json),
        ref: p.base.ref,
        sha: p.base.sha,
        label: `${this.repo.owner}:${p.base.ref}`,
        repo: this.repoJson(this.repo.id, this.fullName),
        user: this.userJson(this.repo.owner),
      },
      html_url: `https://github.com/${this.fullName}/pull/${p.number}`,
      changed_files: p.files.length,
    };
  }

  private runJson(x: RunState, excludePulls: boolean): Json {
    const ex = example('/repos/{owner}/{repo}/actions/runs', 'get', '200') as Json;
    const run = ((ex.workflow_runs as Json[]) ?? [ex])[0] as Json;
    return {
      ...run,
      id: x.id,
      name: x.name ?? 'evalgate',
      run_number: x.run_number ?? x.id % 1000,
      event: x.event,
      status: x.status ?? 'completed',
      conclusion:
        (x.status ?? 'completed') === 'completed' ? (x.conclusion === undefined ? 'success' : x.conclusion) : null,
      head_branch: x.head_branch,
      head_sha: x.head_sha,
      created_at: x.created_at,
      updated_at: x.updated_at ?? x.created_at,
      run_started_at: x.created_at,
      path: x.path ?? run.path,
      html_url: `https://github.com/${this.fullName}/actions/runs/${x.id}`,
      url: `https://api.github.com/repos/${this.fullName}/actions/runs/${x.id}`,
      pull_requests: excludePulls
        ? []
        : (x.pull_requests ?? []).map((n) => ({
            number: n,
            id: n + 100_000,
            url: `https://api.github.com/repos/${this.fullName}/pulls/${n}`,
          })),
      repository: this.repoJson(this.repo.id, this.fullName),
      head_repository: this.repoJson(x.head_repository.id, x.head_repository.full_name),
    };
  }

  private artifactJson(a: ArtifactState, run: RunState): Json {
    const ex = example('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'get', '200') as Json;
    const base = ((ex.artifacts as Json[]) ?? [ex])[0] as Json;
    const data = zip(a.files);
    return {
      ...base,
      id: a.id,
      node_id: `A_${a.id}`,
      name: a.name,
      size_in_bytes: data.length,
      url: `${this.url}/repos/${this.fullName}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${this.fullName}/actions/artifacts/${a.id}/zip`,
      expired: Boolean(a.expired),
      digest: a.wrongDigest ? `sha256:${'0'.repeat(64)}` : `sha256:${createHash('sha256').update(data).digest('hex')}`,
      workflow_run: {
        id: run.id,
        repository_id: this.repo.id,
        head_repository_id: run.head_repository.id,
        head_branch: run.head_branch,
        head_sha: run.head_sha,
      },
    };
  }

  private checkRunJson(c: CheckRunState): Json {
    const ex = example('/repos/{owner}/{repo}/check-runs', 'post', '201');
    return {
      ...ex,
      id: c.id,
      name: c.name,
      head_sha: c.head_sha,
      external_id: c.external_id ?? null,
      status: c.status,
      conclusion: c.conclusion,
      html_url: `https://github.com/${this.fullName}/runs/${c.id}`,
      url: `https://api.github.com/repos/${this.fullName}/check-runs/${c.id}`,
      output: {
        title: c.output.title ?? null,
        summary: c.output.summary ?? null,
        text: c.output.text ?? null,
        annotations_count: c.annotations.length,
      },
      app: { ...(ex.app as Json), slug: c.app, name: c.app === 'github-actions' ? 'GitHub Actions' : c.app },
    };
  }

  private commentJson(c: CommentState): Json {
    const ex = example('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get', '200');
    return {
      ...ex,
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: { ...(ex.user as Json), ...this.userJson(c.user.login) },
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.com/${this.fullName}/pull/${c.issue}#issuecomment-${c.id}`,
      url: `https://api.github.com/repos/${this.fullName}/issues/comments/${c.id}`,
      issue_url: `https://api.github.com/repos/${this.fullName}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
    };
  }

  private eventJson(e: EventState): Json {
    const ex = example('/repos/{owner}/{repo}/issues/{issue_number}/events', 'get', '200');
    const out: Json = {
      ...ex,
      id: e.id,
      node_id: `E_${e.id}`,
      event: e.event,
      actor: { ...(ex.actor as Json), ...this.userJson(e.actor) },
      created_at: e.created_at,
      commit_id: null,
      commit_url: null,
    };
    if (e.label) out.label = { name: e.label, color: 'd73a4a' };
    else delete out.label;
    return out;
  }
}

export const ROLES: Role[] = ['read', 'triage', 'write', 'maintain', 'admin'];

function sha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function applyOutput(run: CheckRunState, body: Json): void {
  const output = body.output as Json | undefined;
  if (!output) return;
  run.output = {
    title: output.title as string,
    summary: output.summary as string,
    text: output.text as string | undefined,
  };
  run.annotations.push(...((output.annotations as Json[] | undefined) ?? []));
}

function validation(resource: string, field: string, message: string) {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest',
    },
  };
}

function checkOutputProblem(body: Json) {
  const output = body.output as Json | undefined;
  if (!output) return undefined;
  if (typeof output.title !== 'string' || typeof output.summary !== 'string')
    return validation('CheckRun', 'output', 'output needs title and summary');
  if ((output.summary as string).length > 65_535)
    return validation('CheckRun', 'summary', 'summary is too long (maximum is 65535 characters)');
  if (typeof output.text === 'string' && output.text.length > 65_535)
    return validation('CheckRun', 'text', 'text is too long (maximum is 65535 characters)');
  const annotations = (output.annotations as Json[] | undefined) ?? [];
  if (annotations.length > 50) return validation('CheckRun', 'annotations', 'at most 50 annotations per request');
  for (const a of annotations) {
    if (
      typeof a.path !== 'string' ||
      typeof a.start_line !== 'number' ||
      typeof a.end_line !== 'number' ||
      !['notice', 'warning', 'failure'].includes(a.annotation_level as string) ||
      typeof a.message !== 'string'
    ) {
      return validation(
        'CheckRun',
        'annotations',
        'annotation needs path, start_line, end_line, annotation_level and message',
      );
    }
  }
  return undefined;
}

function commentProblem(body: Json) {
  if (typeof body.body !== 'string' || !body.body) return validation('IssueComment', 'body', "body can't be blank");
  if (body.body.length > 65_536)
    return validation('IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
  return undefined;
}
