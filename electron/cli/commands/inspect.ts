import { parseArgs } from 'node:util';
import { UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { inspectToken } from '../../services/inspect/inspect-token.js';
import type { TokenAnalysis } from '../../../shared/inspect/analyze-token.js';
import type { CheckStatus } from '../../../shared/inspect/check-result.js';

const USAGE = `Usage: tokenscope inspect TOKEN|- [options]

Checks a token the way an API should (signature, alg, kid, typ, iss, aud, exp, nbf, iat, scope, ...) and reports
every result. Pass - to read the token from standard input (keeps it out of your shell history).

Options:
  --issuer URL            the issuer you trust; its keys verify the signature (default: discovered from the token's iss)
  --audience R            the resource indicator (API) the token must be for
  --require-scope S       a permission the token must grant; repeat for several
  --clock-skew SECONDS    leeway for exp, nbf and iat (default 0)
  --json                  print one JSON object: { kind, header, payload, valid, checks: [{ id, status, message }] }

Exit status: 0 no check failed, 1 a check failed, 2 bad usage.`;

/** Bearer tokens are small; this only stops a runaway pipe from filling memory. */
const STDIN_LIMIT = 16 * 1024 * 1024;

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (text.length > STDIN_LIMIT) throw new UsageError('Standard input is over 16 MB: that is not a token.');
  }
  return text.trim();
}

interface InspectArguments {
  token: string;
  issuer?: string;
  audience?: string;
  scopes: string[];
  skew?: number;
  json: boolean;
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
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('Give the token, or - to read it from standard input.');
  if (positionals.length > 1) throw new UsageError(`Give one token; got ${positionals.length} arguments (quote the token if it has spaces).`);
  const skewText = values['clock-skew'];
  const skew = skewText === undefined ? undefined : Number(skewText);
  if (skew !== undefined && !(Number.isInteger(skew) && skew >= 0)) {
    throw new UsageError(`--clock-skew takes a whole number of seconds, 0 or more; got "${skewText}".`);
  }
  if (values.issuer !== undefined && !URL.canParse(values.issuer)) throw new UsageError(`--issuer must be a URL; got "${values.issuer}".`);
  const token = positionals[0]!;
  return {
    token,
    fromStdin: token === '-',
    issuer: values.issuer,
    audience: values.audience,
    scopes: (values['require-scope'] ?? []).flatMap((scope) => scope.split(' ')).filter(Boolean),
    skew,
    json: values.json ?? false,
  };
}

/** The JSON shape issue 5 promises to scripts; extra fields would become a contract too, so there are none. */
export function toJson(analysis: TokenAnalysis): object {
  return {
    kind: analysis.kind,
    header: analysis.header ?? null,
    payload: analysis.payload ?? null,
    valid: analysis.valid,
    checks: analysis.checks.map(({ id, status, message }) => ({ id, status, message })),
  };
}

const MARKS: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', info: 'INFO' };

function toText(analysis: TokenAnalysis): string {
  const width = Math.max(...analysis.checks.map((c) => c.id.length));
  const rows = analysis.checks.map((c) => `  ${MARKS[c.status]}  ${c.id.padEnd(width)}  ${c.message}  [${c.spec}]`);
  const failed = analysis.checks.filter((c) => c.status === 'fail').length;
  const warned = analysis.checks.filter((c) => c.status === 'warn').length;
  const verdict = failed
    ? `NOT VALID: ${failed} check${failed > 1 ? 's' : ''} failed${warned ? `, ${warned} warning${warned > 1 ? 's' : ''}` : ''}.`
    : `No check failed${warned ? ` (${warned} warning${warned > 1 ? 's' : ''})` : ''}.`;
  const json = (label: string, value: unknown) => (value ? [`${label}:`, JSON.stringify(value, null, 2)] : []);
  return [`${analysis.label}: ${analysis.explanation}`, '', ...rows, '', ...json('Header', analysis.header), ...json('Payload', analysis.payload), '', verdict].join('\n');
}

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'check a token the way an API should, and explain every claim',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parse(argv);
    const token = args.fromStdin ? await readStdin(io.stdin) : args.token;
    if (token === '') throw new UsageError('The token is empty.');
    const analysis = await inspectToken({
      token,
      issuer: args.issuer,
      expectedAudience: args.audience,
      requiredScopes: args.scopes,
      clockSkewSeconds: args.skew,
    });
    io.stdout.write((args.json ? JSON.stringify(toJson(analysis), null, 2) : toText(analysis)) + '\n');
    return analysis.valid ? 0 : 1;
  },
};
