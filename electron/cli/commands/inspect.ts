import { parseArgs } from 'node:util';
import { UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { readStdin } from '../read-stdin.js';
import { inspectToken } from '../../services/inspect/inspect-token.js';
import { analyzeToken, type TokenAnalysis } from '../../../shared/inspect/analyze-token.js';
import type { CheckStatus } from '../../../shared/inspect/check-result.js';
import { exitCodeOf } from '../../../shared/inspect/verdict.js';
import { TOKEN_SIZE_LIMIT } from '../../../shared/inspect/limits.js';

const USAGE = `Usage: tokenscope inspect TOKEN|- [options]

Checks a token the way an API should (signature, alg, kid, typ, iss, aud, exp, nbf, iat, scope, ...) and reports
every result. Pass - to read the token from standard input (keeps it out of your shell history).

Options:
  --issuer URL            the issuer you trust; its keys verify the signature (without it the keys come from the
                          token's own iss, which anyone can set: at best "not verified")
  --audience R            the resource indicator (API) the token must be for
  --require-scope S       a permission the token must grant; repeat for several
  --clock-skew SECONDS    leeway for exp, nbf and iat (default 0)
  --decode-only           read the token without verifying it: no keys fetched, verdict "not verified", exit 0
  --json                  print one JSON object:
                          { kind, header, payload, valid, verdict: { status, reason, fix }, checks: [{ id, status, message }] }

Verdict: "valid" only when the signature was verified with keys of the issuer you named (--issuer) and no check
failed; "invalid" when a check failed; "not verified" when the signature could not be verified (no issuer given or
its keys unreachable) or the token is opaque (only its server can introspect it, RFC 7662).
Inputs over ${TOKEN_SIZE_LIMIT / 1024} KB, or claims nested deeper than a token's ever are, are refused.

Exit status: 0 valid (or decoded with --decode-only), 1 invalid or not verified, 2 bad usage.`;

interface InspectArguments {
  token: string;
  issuer?: string;
  audience?: string;
  scopes: string[];
  skew?: number;
  json: boolean;
  decodeOnly: boolean;
}

function parse(argv: string[]): InspectArguments & { fromStdin: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        issuer: { type: 'string' },
        audience: { type: 'string' },
        'require-scope': { type: 'string', multiple: true },
        'clock-skew': { type: 'string' },
        json: { type: 'boolean', default: false },
        'decode-only': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('Give the token, or - to read it from standard input.');
  if (positionals.length > 1)
    throw new UsageError(`Give one token; got ${positionals.length} arguments (quote the token if it has spaces).`);
  const skewText = values['clock-skew'];
  const skew = skewText === undefined ? undefined : Number(skewText);
  if (skew !== undefined && !(Number.isInteger(skew) && skew >= 0)) {
    throw new UsageError(`--clock-skew takes a whole number of seconds, 0 or more; got "${skewText}".`);
  }
  if (values.issuer !== undefined && !URL.canParse(values.issuer))
    throw new UsageError(`--issuer must be a URL; got "${values.issuer}".`);
  const token = positionals[0]!;
  return {
    token,
    fromStdin: token === '-',
    issuer: values.issuer,
    audience: values.audience,
    scopes: (values['require-scope'] ?? []).flatMap((scope) => scope.split(' ')).filter(Boolean),
    skew,
    json: values.json ?? false,
    decodeOnly: values['decode-only'] ?? false,
  };
}

/** The JSON shape promised to scripts (issue 5, plus the verdict); extra fields would become a contract too. */
export function toJson(analysis: TokenAnalysis): object {
  const { status, reason, fix } = analysis.verdict;
  return {
    kind: analysis.kind,
    header: analysis.header ?? null,
    payload: analysis.payload ?? null,
    valid: analysis.valid,
    verdict: { status, reason, fix: fix ?? null },
    checks: analysis.checks.map(({ id, status, message }) => ({ id, status, message })),
  };
}

const MARKS: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', info: 'INFO' };

function verdictLines(analysis: TokenAnalysis, decodeOnly: boolean): string[] {
  const { status, reason, fix } = analysis.verdict;
  if (decodeOnly && analysis.kind !== 'malformed') {
    return [
      "DECODED ONLY, NOT VERIFIED: nothing was checked against the issuer's keys; do not trust this token on that basis.",
    ];
  }
  if (status === 'valid') return [`VALID: ${reason}`];
  if (status === 'invalid') return [`NOT VALID: ${reason}`];
  return [`NOT VERIFIED: ${reason}`, `Fix: ${fix ?? ''}`];
}

function toText(analysis: TokenAnalysis, decodeOnly: boolean): string {
  if (analysis.refused) return `${analysis.label}: ${analysis.explanation}\n\nNOT VALID: refused before decoding.`;
  const width = Math.max(...analysis.checks.map((c) => c.id.length));
  const rows = analysis.checks.map((c) => `  ${MARKS[c.status]}  ${c.id.padEnd(width)}  ${c.message}  [${c.spec}]`);
  const json = (label: string, value: unknown) => (value ? [`${label}:`, JSON.stringify(value, null, 2)] : []);
  const parts = [...json('Header', analysis.header), ...json('Payload', analysis.payload)];
  return [
    `${analysis.label}: ${analysis.explanation}`,
    '',
    ...rows,
    '',
    ...parts,
    ...(parts.length ? [''] : []),
    ...verdictLines(analysis, decodeOnly),
  ].join('\n');
}

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'check a token the way an API should, and explain every claim',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parse(argv);
    // Read at most a little over the limit: past it the analysis refuses the input, and the rest is never kept.
    const token = args.fromStdin ? (await readStdin(io.stdin, TOKEN_SIZE_LIMIT)).text : args.token;
    if (token === '') throw new UsageError('The token is empty.');
    const request = { expectedAudience: args.audience, requiredScopes: args.scopes, clockSkewSeconds: args.skew };
    // Decoding only fetches no keys: the user asked for no verdict, so nothing goes over the network.
    const analysis = args.decodeOnly
      ? await analyzeToken(token, request)
      : await inspectToken({ token, issuer: args.issuer, ...request });
    io.stdout.write((args.json ? JSON.stringify(toJson(analysis), null, 2) : toText(analysis, args.decodeOnly)) + '\n');
    return exitCodeOf(analysis, { decodeOnly: args.decodeOnly });
  },
};
