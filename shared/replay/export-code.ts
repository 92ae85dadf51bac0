/**
 * A call as code to paste elsewhere: curl or `fetch`. The token is masked unless the user reveals it: a masked
 * export names a variable to fill in (ACCESS_TOKEN), so it is safe to paste into an issue and still runs once set.
 */
import { maskBody, maskHeaderValue, maskUrl, maskValue } from '../security/masking/mask.js';
import type { ReplayRequest } from './types.js';

export interface ExportOptions {
  /** The Bearer token to send (RFC 6750 §2.1); none: no Authorization header. */
  token?: string;
  /** Show the token and other credential headers as they are. */
  reveal?: boolean;
  /** The token's mask, when only the main side holds the token: the export names ACCESS_TOKEN in its place. */
  maskedToken?: string;
}

function tokenMask(options: ExportOptions): string | undefined {
  if (options.token) return maskValue(options.token);
  return options.maskedToken;
}

const TOKEN_VARIABLE = 'ACCESS_TOKEN';

/** Set by the HTTP client itself, or meaningless to replay. */
const SKIPPED_HEADERS = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

/** POSIX shell single quotes: the only character to escape inside them is the quote itself. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function exportedHeaders(request: ReplayRequest, reveal: boolean): [string, string][] {
  return request.headers
    .filter((h) => h.name.trim() && !SKIPPED_HEADERS.has(h.name.trim().toLowerCase()))
    .map((h) => [h.name.trim(), reveal ? h.value : maskHeaderValue(h.name, h.value)]);
}

/** The URL and body as shown: masked like history unless revealed (a token in `?access_token=` included). */
function shown(request: ReplayRequest, reveal: boolean): { url: string; body?: string } {
  if (reveal) return { url: request.url, ...(request.body !== undefined ? { body: request.body } : {}) };
  return { url: maskUrl(request.url), ...(request.body !== undefined ? { body: maskBody(request.body) } : {}) };
}

function bodyIsSent(request: ReplayRequest): boolean {
  return Boolean(request.body) && !['GET', 'HEAD'].includes(request.method.toUpperCase());
}

export function toCurl(request: ReplayRequest, options: ExportOptions = {}): string {
  const reveal = options.reveal ?? false;
  const method = request.method.toUpperCase();
  const lines: string[] = [];
  const preface: string[] = [];
  const { url, body } = shown(request, reveal);
  const first = ['curl'];
  if (method !== 'GET') first.push('-X', method);
  if (request.maxTimeSeconds !== undefined) first.push('--max-time', String(request.maxTimeSeconds));
  first.push(shellQuote(url));
  lines.push(first.join(' '));
  const mask = tokenMask(options);
  if (mask) {
    if (reveal && options.token) {
      lines.push(`-H ${shellQuote(`Authorization: Bearer ${options.token}`)}`);
    } else {
      preface.push(`# Token masked: ${mask}. Set it first: ${TOKEN_VARIABLE}='<the token>'`);
      // Double quotes so the shell expands the variable.
      lines.push(`-H "Authorization: Bearer $${TOKEN_VARIABLE}"`);
    }
  }
  for (const [name, value] of exportedHeaders(request, reveal)) lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (bodyIsSent(request)) lines.push(`--data-raw ${shellQuote(body!)}`);
  return [...preface, lines.join(' \\\n  ')].join('\n');
}

export function toFetch(request: ReplayRequest, options: ExportOptions = {}): string {
  const reveal = options.reveal ?? false;
  const method = request.method.toUpperCase();
  const { url, body } = shown(request, reveal);
  const preface: string[] = [];
  const headerLines: string[] = [];
  const mask = tokenMask(options);
  if (mask) {
    if (reveal && options.token) {
      headerLines.push(`    Authorization: ${JSON.stringify(`Bearer ${options.token}`)},`);
    } else {
      preface.push(`// Token masked: ${mask}. Put the token here:`, `const ${TOKEN_VARIABLE} = '<the token>';`, '');
      headerLines.push(`    Authorization: \`Bearer \${${TOKEN_VARIABLE}}\`,`);
    }
  }
  for (const [name, value] of exportedHeaders(request, reveal))
    headerLines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(value)},`);
  const init: string[] = [`  method: ${JSON.stringify(method)},`];
  if (headerLines.length) init.push('  headers: {', ...headerLines, '  },');
  if (bodyIsSent(request)) init.push(`  body: ${JSON.stringify(body)},`);
  if (request.maxTimeSeconds !== undefined) {
    init.push(`  signal: AbortSignal.timeout(${Math.round(request.maxTimeSeconds * 1000)}),`);
  }
  return [
    ...preface,
    `const response = await fetch(${JSON.stringify(url)}, {`,
    ...init,
    '});',
    "console.log(response.status, response.headers.get('www-authenticate'), await response.text());",
  ].join('\n');
}
