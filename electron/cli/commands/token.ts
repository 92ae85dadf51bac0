import { readFile } from 'node:fs/promises';
import type { JWK } from 'jose';
import { UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { readSecretFromStdin } from '../read-stdin.js';
import { parseOptions, parsePort } from '../parse-options.js';
import { GRANT_KINDS, type FlowResult, type GrantKind } from '../../../shared/contract/flow.js';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import { PENDING_FLOW_TTL_MS } from '../../../shared/flows/pending-flows.js';
import { maskSecret } from '../../../shared/token/mask-token-response.js';
import { toCurl } from '../../../shared/flows/curl.js';
import type { FlowEngine } from '../../services/flows/flow-engine.js';
import type { ClientAuthMethod, ClientCredentials } from '../../services/flows/issuer-discovery.js';
// shared/oauth imports nothing, so this costs no openid-client load at start (`tokenscope inspect` in CI included).
import { PAT_TOKEN_TYPE } from '../../../shared/oauth/token-types.js';

const GRANTS = GRANT_KINDS;
const AUTH_METHODS: ClientAuthMethod[] = ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'];
/** A private key, JWK or PEM, is a few KB at most; a bigger file is the wrong file. */
const PRIVATE_KEY_FILE_LIMIT = 64 * 1024;
const STDIN_SECRETS = {
  'client-secret': 'TOKENSCOPE_CLIENT_SECRET',
  'subject-token': 'TOKENSCOPE_SUBJECT_TOKEN',
  'refresh-token': 'TOKENSCOPE_REFRESH_TOKEN',
} as const;
type StdinSecret = keyof typeof STDIN_SECRETS;

const USAGE = `Usage: tokenscope token --issuer URL --client-id ID --grant GRANT [options]

Runs one OAuth 2.0 grant with the same code as the app and prints the token response, the decoded access token
and the HTTP timeline. For CI/CD scripts.

  --grant                 ${GRANTS.join(' | ')}
  --issuer URL            e.g. https://<tenant>.logto.app/oidc (plain http only for 127.0.0.1/localhost)
  --client-id ID          the application (client) ID
  --resource R            an API resource indicator (RFC 8707); repeat for several
  --scope "a b"           space-separated scopes
  --organization-id X     Logto organization token
  --subject-token-type T  token_exchange: default ${PAT_TOKEN_TYPE}
  --auth-method M         ${AUTH_METHODS.join(' | ')}
                          (default: private_key_jwt with --private-key-file, client_secret_basic with a secret, else none)
  --private-key-file F    private_key_jwt (RFC 7523 §2.2): the client's private key, a JWK (JSON) or a PKCS#8 PEM;
                          the assertion's kid is the JWK's kid, for a PEM its RFC 7638 thumbprint
  --prompt P, --login-hint H   authorization_code: passed to the sign-in
  --redirect-port N       authorization_code: loopback port (default random); register http://127.0.0.1/callback
  --dpop                  bind the tokens to a fresh DPoP key (RFC 9449)
  --par                   authorization_code: push the request first (RFC 9126)
  --stdin NAME            read one secret from standard input: ${Object.keys(STDIN_SECRETS).join(' | ')}
  --curl                  also print each HTTP step as a curl command (secrets masked)
  --json                  print one JSON object: { ok, grant, issuer, warnings, tokenResponse, accessToken, timeline, error? }
  --show-tokens           print tokens unmasked (they are masked by default)

Secrets never go in arguments (they end up in shell history and process lists). Set them in the environment:
  TOKENSCOPE_CLIENT_SECRET, TOKENSCOPE_SUBJECT_TOKEN (token_exchange), TOKENSCOPE_REFRESH_TOKEN (refresh_token),
  TOKENSCOPE_PRIVATE_KEY (private_key_jwt: the key itself, JWK or PEM)
or pipe one in with --stdin. A private key comes from --private-key-file or TOKENSCOPE_PRIVATE_KEY, never an argument.

Warnings (standard error, and "warnings" in --json) say when the server gave less than asked: scopes dropped or
not confirmed, offline_access without a refresh token, --dpop answered with a plain Bearer token.

authorization_code prints the URL to open on standard error and waits for the redirect on http://127.0.0.1.

Exit status: 0 a token was issued, 1 the flow failed (explained on standard error), 2 bad usage.`;

interface TokenArguments {
  grant: GrantKind;
  issuer: string;
  clientId: string;
  resources: string[];
  scope: string;
  organizationId?: string;
  subjectTokenType: string;
  authMethod?: ClientAuthMethod;
  privateKeyFile?: string;
  prompt?: string;
  loginHint?: string;
  redirectPort: number;
  stdin?: StdinSecret;
  dpop: boolean;
  par: boolean;
  curl: boolean;
  json: boolean;
  showTokens: boolean;
}

const SECRET_FLAGS = [
  '--client-secret',
  '--subject-token',
  '--refresh-token',
  '--secret',
  '--password',
  '--token',
  '--private-key',
];

function parse(argv: string[]): TokenArguments {
  const flag = argv.find((a) => SECRET_FLAGS.includes(a.split('=')[0]!));
  if (flag) {
    throw new UsageError(
      `${flag.split('=')[0]} is not accepted: secrets never go in arguments. Set TOKENSCOPE_CLIENT_SECRET, TOKENSCOPE_SUBJECT_TOKEN, TOKENSCOPE_REFRESH_TOKEN or TOKENSCOPE_PRIVATE_KEY, pipe it in with --stdin, or give a private key as --private-key-file FILE.`,
    );
  }
  const { values } = parseOptions(argv, {
    options: {
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      grant: { type: 'string' },
      resource: { type: 'string', multiple: true },
      scope: { type: 'string' },
      'organization-id': { type: 'string' },
      'subject-token-type': { type: 'string' },
      'auth-method': { type: 'string' },
      'private-key-file': { type: 'string' },
      prompt: { type: 'string' },
      'login-hint': { type: 'string' },
      'redirect-port': { type: 'string' },
      stdin: { type: 'string' },
      dpop: { type: 'boolean', default: false },
      par: { type: 'boolean', default: false },
      curl: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'show-tokens': { type: 'boolean', default: false },
    },
  });
  if (!values.issuer) throw new UsageError('--issuer is required (for Logto: https://<tenant>.logto.app/oidc).');
  let issuer: URL;
  try {
    issuer = new URL(values.issuer);
  } catch {
    throw new UsageError(`--issuer must be a URL; got "${values.issuer}".`);
  }
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && isLoopbackUrl(issuer))) {
    throw new UsageError(
      `--issuer ${values.issuer} must use https (plain http only for 127.0.0.1, ::1 and localhost).`,
    );
  }
  if (!values['client-id']) throw new UsageError('--client-id is required.');
  const grant = values.grant as GrantKind;
  if (!GRANTS.includes(grant))
    throw new UsageError(`--grant must be one of ${GRANTS.join(', ')}; got "${values.grant ?? ''}".`);
  const privateKeyFile = values['private-key-file'];
  const authMethod = (values['auth-method'] ?? (privateKeyFile ? 'private_key_jwt' : undefined)) as
    ClientAuthMethod | undefined;
  if (authMethod !== undefined && !AUTH_METHODS.includes(authMethod))
    throw new UsageError(`--auth-method must be one of ${AUTH_METHODS.join(', ')}.`);
  if (privateKeyFile && authMethod !== 'private_key_jwt')
    throw new UsageError(`--private-key-file is for --auth-method private_key_jwt, not ${authMethod}.`);
  const stdin = values.stdin as StdinSecret | undefined;
  if (stdin !== undefined && !(stdin in STDIN_SECRETS))
    throw new UsageError(`--stdin takes one of ${Object.keys(STDIN_SECRETS).join(', ')}.`);
  const resources = values.resource ?? [];
  for (const r of resources)
    if (!URL.canParse(r)) throw new UsageError(`--resource must be an absolute URI (RFC 8707 §2); got "${r}".`);
  return {
    grant,
    issuer: values.issuer.replace(/\/$/, ''),
    clientId: values['client-id'],
    resources,
    scope: values.scope ?? '',
    organizationId: values['organization-id'],
    subjectTokenType: values['subject-token-type'] ?? PAT_TOKEN_TYPE,
    authMethod,
    privateKeyFile,
    prompt: values.prompt,
    loginHint: values['login-hint'],
    redirectPort: parsePort(values['redirect-port']),
    stdin,
    dpop: values.dpop ?? false,
    par: values.par ?? false,
    curl: values.curl ?? false,
    json: values.json ?? false,
    showTokens: values['show-tokens'] ?? false,
  };
}

async function secrets(args: TokenArguments, io: CliIo): Promise<Record<StdinSecret, string | undefined>> {
  const found: Record<StdinSecret, string | undefined> = {
    'client-secret': io.env.TOKENSCOPE_CLIENT_SECRET || undefined,
    'subject-token': io.env.TOKENSCOPE_SUBJECT_TOKEN || undefined,
    'refresh-token': io.env.TOKENSCOPE_REFRESH_TOKEN || undefined,
  };
  if (args.stdin) {
    const value = await readSecretFromStdin(io.stdin);
    if (!value) throw new UsageError(`--stdin ${args.stdin}: standard input was empty.`);
    found[args.stdin] = value;
  }
  if (args.grant === 'token_exchange' && !found['subject-token']) {
    throw new UsageError(
      'token_exchange needs the subject token: set TOKENSCOPE_SUBJECT_TOKEN (e.g. a Logto pat_…) or pipe it in with --stdin subject-token.',
    );
  }
  if (args.grant === 'refresh_token' && !found['refresh-token']) {
    throw new UsageError(
      'refresh_token needs the refresh token: set TOKENSCOPE_REFRESH_TOKEN or pipe it in with --stdin refresh-token.',
    );
  }
  if (
    args.grant === 'client_credentials' &&
    !found['client-secret'] &&
    args.authMethod !== 'none' &&
    args.authMethod !== 'private_key_jwt'
  ) {
    throw new UsageError(
      'client_credentials needs the client secret: set TOKENSCOPE_CLIENT_SECRET or pipe it in with --stdin client-secret.',
    );
  }
  return found;
}

async function readKeyFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--private-key-file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    );
  }
  if (text.length > PRIVATE_KEY_FILE_LIMIT) {
    throw new UsageError(
      `--private-key-file ${file} is over ${PRIVATE_KEY_FILE_LIMIT / 1024} KB: a private key (JWK or PEM) is a few KB; is it the right file?`,
    );
  }
  return text;
}

/** RFC 7523 §2.2: the key from a file or the environment, as the app accepts it (JWK or PKCS#8 PEM). */
async function privateKey(args: TokenArguments, io: CliIo): Promise<JWK | undefined> {
  if (args.authMethod !== 'private_key_jwt') return undefined;
  const text = args.privateKeyFile ? await readKeyFile(args.privateKeyFile) : io.env.TOKENSCOPE_PRIVATE_KEY;
  if (!text?.trim()) {
    throw new UsageError(
      "private_key_jwt needs the client's private key: give --private-key-file FILE or TOKENSCOPE_PRIVATE_KEY (a JWK or a PKCS#8 PEM), never the key itself as an argument.",
    );
  }
  const where = args.privateKeyFile ? `--private-key-file ${args.privateKeyFile}` : 'TOKENSCOPE_PRIVATE_KEY';
  // The app's "generate" makes a key only the app then registers; here it would sign for nobody.
  if (text.trim() === 'generate')
    throw new UsageError(`${where}: give the private key registered for the client, not "generate".`);
  const { clientPrivateKey } = await import('../../services/connections/client-key.js');
  try {
    return await clientPrivateKey(text);
  } catch (error) {
    // Only the expected shape is said: a JSON parser's message would quote part of the key.
    const message = (error as Error).message;
    const said = message.startsWith('The private key is not valid JSON')
      ? 'The private key is not valid JSON: give the whole JWK, or a PEM.'
      : message.replace(/, or generate one\.$/, '.');
    throw new UsageError(`${where}: ${said}`);
  }
}

async function run(args: TokenArguments, io: CliIo, engine: FlowEngine): Promise<FlowResult> {
  const found = await secrets(args, io);
  const privateKeyJwk = await privateKey(args, io);
  const client: ClientCredentials = {
    clientId: args.clientId,
    clientSecret: privateKeyJwk ? undefined : found['client-secret'],
    authMethod: args.authMethod ?? (found['client-secret'] ? 'client_secret_basic' : 'none'),
    ...(privateKeyJwk ? { privateKeyJwk } : {}),
  };
  const common = {
    issuer: args.issuer,
    client,
    resources: args.resources,
    scope: args.scope,
    organizationId: args.organizationId,
  };
  switch (args.grant) {
    case 'client_credentials':
      return engine.clientCredentials({ ...common, dpop: args.dpop });
    case 'refresh_token':
      if (args.resources.length)
        io.stderr.write(
          `Warning: ${args.resources.join(', ')} must have been granted at sign-in; if not, the server answers invalid_target and the refresh token is spent.\n`,
        );
      return engine.refresh({
        ...common,
        refreshToken: found['refresh-token']!,
        acceptRefreshTrap: true,
        dpop: args.dpop,
      });
    case 'token_exchange':
      return engine.tokenExchange({
        ...common,
        subjectToken: found['subject-token']!,
        subjectTokenType: args.subjectTokenType,
      });
    case 'device_code': {
      const { runDeviceCode } = await import('../../services/flows/device-code.js');
      return runDeviceCode({
        ...common,
        runs: engine.runs,
        onUserCode: (p) =>
          io.stderr.write(
            `Open ${p.verificationUriComplete ?? p.verificationUri} and enter the code ${p.userCode} (valid ${p.expiresIn} s). Waiting…\n`,
          ),
      });
    }
    case 'authorization_code': {
      const started = await engine.startAuthorization({
        ...common,
        redirect: 'loopback',
        par: args.par,
        dpop: args.dpop,
        prompt: args.prompt,
        loginHint: args.loginHint,
        tokenResource: args.resources.length === 1 ? args.resources[0] : undefined,
      });
      if ('ok' in started) return started;
      io.stderr.write(
        `Open this URL in a browser to sign in (redirect: ${started.redirectUri}):\n${started.authorizationUrl}\nWaiting up to ${PENDING_FLOW_TTL_MS / 60_000} minutes for the redirect…\n`,
      );
      const result = await engine.awaitAuthorization(started.state, PENDING_FLOW_TTL_MS);
      if (result && result !== 'pending') return result;
      throw new Error(
        'No redirect came back within 5 minutes. Run the command again and finish signing in sooner; check that the app allows the redirect URI http://127.0.0.1/callback.',
      );
    }
  }
}

function tokensShown(
  result: Extract<FlowResult, { ok: true }>,
  engine: FlowEngine,
  show: boolean,
): Record<string, unknown> {
  if (show && result.runId) return engine.reveal(result.runId).tokenResponse ?? result.tokenResponse;
  const masked: Record<string, unknown> = { ...result.tokenResponse };
  for (const key of ['access_token', 'id_token', 'refresh_token']) {
    if (typeof masked[key] === 'string' && !(masked[key] as string).includes('•'))
      masked[key] = maskSecret(masked[key] as string);
  }
  return masked;
}

function toJson(result: FlowResult, engine: FlowEngine, show: boolean): object {
  const common = {
    ok: result.ok,
    grant: result.grant,
    issuer: result.issuer,
    durationMs: result.durationMs,
    warnings: result.warnings ?? [],
  };
  if (!result.ok) return { ...common, error: result.error, timeline: result.timeline };
  const { accessToken } = result;
  return {
    ...common,
    tokenResponse: tokensShown(result, engine, show),
    accessToken:
      accessToken.kind === 'jwt'
        ? { kind: 'jwt', header: accessToken.header, payload: accessToken.payload }
        : { kind: accessToken.kind, reason: accessToken.reason },
    timeline: result.timeline,
  };
}

function toText(result: Extract<FlowResult, { ok: true }>, engine: FlowEngine, show: boolean): string {
  const { accessToken } = result;
  const lines = [
    `Token issued by ${result.issuer} (${result.grant}) in ${result.durationMs} ms.`,
    '',
    'Token response:',
    JSON.stringify(tokensShown(result, engine, show), null, 2),
  ];
  if (accessToken.kind === 'jwt')
    lines.push(
      '',
      'Access token payload (decoded, not verified; check it with tokenscope inspect):',
      JSON.stringify(accessToken.payload, null, 2),
    );
  else lines.push('', `Access token: ${accessToken.reason}`);
  lines.push(
    '',
    'HTTP timeline:',
    ...result.timeline.map(
      (e) =>
        `  ${e.step.padEnd(12)} ${e.method} ${e.url} → ${e.status ?? e.error ?? 'via browser'} (${e.durationMs} ms)`,
    ),
  );
  return lines.join('\n');
}

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'run a grant (client credentials, code, refresh, token exchange, device) and print the token',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parse(argv);
    // Loaded here, not at the top: openid-client is for this command only.
    const { FlowEngine } = await import('../../services/flows/flow-engine.js');
    const engine = new FlowEngine({ loopbackPort: args.redirectPort });
    try {
      const result = await run(args, io, engine);
      if (args.json) io.stdout.write(JSON.stringify(toJson(result, engine, args.showTokens), null, 2) + '\n');
      for (const warning of result.warnings ?? []) io.stderr.write(`Warning: ${warning}\n`);
      if (!result.ok) {
        const { error } = result;
        io.stderr.write(
          `tokenscope token: ${error.status ? `${error.status} ` : ''}${error.error}${error.errorDescription ? ` (${error.errorDescription})` : ''}\n${error.explanation}\nWhat to do: ${error.fix}\n`,
        );
        return 1;
      }
      if (!args.json) io.stdout.write(toText(result, engine, args.showTokens) + '\n');
      if (args.curl && !args.json) {
        const steps = result.timeline.filter((e) => e.via !== 'browser');
        io.stdout.write(
          ['', 'As curl (secrets masked):', ...steps.map((e) => `# ${e.step}\n${toCurl(e)}`)].join('\n') + '\n',
        );
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
