/**
 * Replays the recorded scenarios against a running sandbox, in the recorded order (later scenarios use the
 * refresh tokens earlier ones got), and returns each answer in the recording's shape: status, notable headers and
 * the body with tokens decoded to {jwt, header, payload} (opaque ones as "<opaque access token, N chars>").
 * Sign-ins go through the sandbox's own pages (sandbox-sign-in.ts), as a browser would.
 */
import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import type { World } from '../../shared/sandbox/world.js';
import { TOKEN_EXCHANGE_GRANT as TOKEN_EXCHANGE } from '../../shared/oauth/grant-types.js';
import { signIn } from '../integration/sandbox-sign-in.js';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** What the scenario notes recorded beside the answers (authorization responses, refresh-token rotation). */
export type Notes = Map<string, unknown>;

const NOTABLE_HEADERS = ['content-type', 'cache-control', 'www-authenticate', 'location'];
const REDIRECT_URI = 'http://127.0.0.1:9999/callback';

function decodeToken(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.split('.').length !== 3) return `<opaque access token, ${value.length} chars>`;
  return { jwt: true, header: decodeProtectedHeader(value), payload: decodeJwt(value) };
}

/** The recording's shape: tokens decoded, refresh tokens and secrets redacted the way the recorder redacted them. */
export function recordedShape(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if ('access_token' in out) out.access_token = decodeToken(out.access_token);
  if ('id_token' in out) out.id_token = decodeToken(out.id_token);
  if (typeof out.refresh_token === 'string')
    out.refresh_token = `<redacted refresh_token, ${out.refresh_token.length} chars>`;
  return out;
}

async function answerOf(res: Response): Promise<{ answer: Answer; raw: Record<string, unknown> | string }> {
  const headers: Record<string, string> = {};
  for (const name of NOTABLE_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const text = await res.text();
  let raw: Record<string, unknown> | string = text;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON (redirect pages): kept as text.
  }
  return { answer: { status: res.status, headers, body: recordedShape(raw) }, raw };
}

interface Client {
  id: string;
  secret?: string;
  auth: 'client_secret_basic' | 'client_secret_post' | 'none';
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The replay of one recording, against one sandbox. */
export class Replayer {
  readonly answers = new Map<string, Answer>();
  readonly notes: Notes = new Map();
  /** Raw values of the latest answers (tokens the next scenarios send). */
  private readonly raw = new Map<string, Record<string, unknown>>();

  /** Sandbox ids back to the recorded ones, longest first (none when the sandbox serves the recorded world). */
  private readonly back: [string, string][];

  /**
   * `provisioned` maps the recorded world's ids to those of a sandbox provisioned through the Management API (which
   * made its own, as Logto does): requests carry the sandbox's, answers are kept with the recorded ones.
   */
  constructor(
    private readonly sandbox: SandboxHandle,
    private readonly world: World,
    private readonly ids: RecordedIds,
    private readonly provisioned: Map<string, string> = new Map(),
  ) {
    this.back = [...provisioned].filter(([a, b]) => a !== b).map(([recorded, own]) => [own, recorded]);
  }

  private sandboxId(value: string): string {
    return this.provisioned.get(value) ?? value;
  }

  private recordedIds<T>(value: T): T {
    if (!this.back.length) return value;
    let text = JSON.stringify(value);
    for (const [own, recorded] of this.back) text = text.split(own).join(recorded);
    return JSON.parse(text) as T;
  }

  client(name: keyof RecordedIds['apps'], auth: Client['auth'] = 'client_secret_basic'): Client {
    const id = this.ids.apps[name];
    const app = this.world.applications.find((a) => a.id === id);
    if (!app) throw new Error(`the recorded world has no application ${id}`);
    return { id, secret: app.secret, auth };
  }

  /** A token-endpoint request as the recorder sent it, with this sandbox's secrets and tokens in place of redactions. */
  async token(scenario: string, client: Client, form: Record<string, string | string[] | undefined>): Promise<Answer> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form))
      for (const v of [value ?? []].flat()) body.append(name, this.sandboxId(v));
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (client.auth === 'client_secret_basic') {
      // RFC 6749 §2.3.1: form-urlencoded id and secret, then Basic.
      const credentials = `${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret ?? '')}`;
      headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    } else {
      body.set('client_id', client.id);
      if (client.auth === 'client_secret_post') body.set('client_secret', client.secret ?? '');
    }
    const res = await fetch(`${this.sandbox.issuer}/token`, { method: 'POST', headers, body });
    return this.keep(scenario, await answerOf(res));
  }

  async get(scenario: string, path: string, bearer?: string): Promise<Answer> {
    const url = path.startsWith('/api') ? `${this.sandbox.origin}${path}` : `${this.sandbox.issuer}${path}`;
    const res = await fetch(url, { redirect: 'manual', headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    return this.keep(scenario, await answerOf(res));
  }

  async introspect(scenario: string, client: Client, token: string): Promise<Answer> {
    const credentials = `${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret ?? '')}`;
    const res = await fetch(`${this.sandbox.issuer}/token/introspection`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
      },
      body: new URLSearchParams({ token }),
    });
    return this.keep(scenario, await answerOf(res));
  }

  /** GET /oidc/auth for the web app, answered without following the redirect. */
  async authorize(scenario: string, params: Record<string, string>): Promise<Answer> {
    const url = new URL(`${this.sandbox.issuer}/auth`);
    const query = {
      client_id: this.ids.apps.web,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid',
      state: 'st',
      ...params,
    };
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const res = await fetch(url, { redirect: 'manual' });
    return this.keep(scenario, await answerOf(res));
  }

  /**
   * A sign-in through the sandbox's pages with the recorded authorization request, as `user`; returns the callback
   * URL and the code verifier. Notes the callback's parameters as the recorder did.
   */
  async signIn(
    note: string,
    client: Client,
    user: string,
    request: { scope: string; resource: string | string[]; prompt?: string },
  ) {
    const { verifier, challenge } = pkce();
    const state = randomBytes(8).toString('base64url');
    const url = new URL(`${this.sandbox.issuer}/auth`);
    const params = {
      client_id: client.id,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: request.scope,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...(request.prompt ? { prompt: request.prompt } : {}),
    };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    for (const r of [request.resource].flat()) url.searchParams.append('resource', r);
    const { callback } = await signIn(url, { user: this.userId(user) });
    const back = new URL(callback);
    this.notes.set(note, {
      params: [...back.searchParams.keys()],
      iss: back.searchParams.get('iss'),
      state_matches: back.searchParams.get('state') === state,
    });
    return {
      code: back.searchParams.get('code') ?? undefined,
      error: back.searchParams.get('error') ?? undefined,
      verifier,
    };
  }

  userId(name: string): string {
    const id = this.ids.users[name];
    if (!id) throw new Error(`the recording names no user ${name}`);
    return id;
  }

  /** The user's first personal access token in the world (the recorder's was random and redacted). */
  patOf(name: string): string {
    const value = this.world.users.find((u) => u.id === this.userId(name))?.personalAccessTokens?.[0]?.value;
    if (!value) throw new Error(`the recorded world gives ${name} no personal access token`);
    return value;
  }

  refreshToken(scenario: string): string {
    const value = this.raw.get(scenario)?.refresh_token;
    if (typeof value !== 'string') throw new Error(`${scenario} gave no refresh token to go on with`);
    return value;
  }

  accessToken(scenario: string): string {
    const value = this.raw.get(scenario)?.access_token;
    if (typeof value !== 'string') throw new Error(`${scenario} gave no access token to go on with`);
    return value;
  }

  private keep(scenario: string, { answer, raw }: { answer: Answer; raw: Record<string, unknown> | string }): Answer {
    this.answers.set(scenario, this.recordedIds(answer));
    if (typeof raw === 'object') this.raw.set(scenario, raw);
    return answer;
  }
}

/** The ids Logto gave the recorded objects, which the recorded world reuses. */
export interface RecordedIds {
  apps: { syncBot: string; web: string; webNoExchange: string; native: string };
  users: Record<string, string>;
  organization: string;
}

export { REDIRECT_URI, TOKEN_EXCHANGE };
export type { Client };
