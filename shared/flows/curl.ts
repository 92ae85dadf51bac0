import type { TimelineEntry } from './timeline.js';
import { maskEntry, SECRET_PARAMETERS } from './mask-entry.js';

/** POSIX shell single quotes: the only character to escape inside them is the quote itself. */
function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Set by fetch itself, or meaningless to replay. */
const SKIPPED_HEADERS = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

/** The shell variable a masked secret is read from, and what to put in it. */
interface Variable {
  name: string;
  what: string;
}

const PARAMETER_WORDS: Record<string, string> = {
  client_secret: 'the client secret',
  client_assertion: 'a fresh client assertion (a JWT signed with the client key, single use)',
  code: 'the authorization code (single use)',
  code_verifier: 'the PKCE code verifier',
  refresh_token: 'the refresh token',
  subject_token: 'the subject token',
  actor_token: 'the actor token',
  device_code: 'the device code',
};

const variableFor = (parameter: string): Variable => ({
  name: parameter.toUpperCase(),
  what: PARAMETER_WORDS[parameter] ?? `the ${parameter.replace(/_/g, ' ')}`,
});

/** A form body split into arguments: secret pairs read from variables (curl encodes them), the rest as sent. */
function bodyArguments(body: string, variables: Map<string, Variable>): string[] | undefined {
  // Masks are written unencoded ("abcd…•••••• (43 chars)"), so spaces are allowed here: they are what is replaced.
  if (!/^[\w.~%+-]+=/.test(body)) return undefined;
  const out: string[] = [];
  let plain: string[] = [];
  const flush = () => {
    if (plain.length) out.push(`--data-raw ${quote(plain.join('&'))}`);
    plain = [];
  };
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    let name = '';
    try {
      name = decodeURIComponent(pair.slice(0, Math.max(eq, 0)).replace(/\+/g, ' '));
    } catch {
      // Not a parameter name we could mask either: kept as sent.
    }
    if (eq < 0 || !SECRET_PARAMETERS.has(name) || !/^[a-z_]+$/.test(name)) {
      plain.push(pair);
      continue;
    }
    const variable = variableFor(name);
    variables.set(variable.name, variable);
    flush();
    out.push(`--data-urlencode "${name}=$${variable.name}"`);
  }
  flush();
  return out;
}

/** Masked headers that carry a secret, rebuilt from variables; undefined for a header sent as it is. */
function headerArgument(
  name: string,
  value: string,
  entry: TimelineEntry,
  variables: Map<string, Variable>,
): string | undefined {
  const lower = name.toLowerCase();
  if (!value.includes('•')) return undefined;
  const use = (variable: Variable) => variables.set(variable.name, variable);
  if (lower === 'authorization' && /^basic /i.test(value)) {
    use({ name: 'CLIENT_SECRET', what: 'the client secret' });
    // RFC 6749 §2.3.1: curl's -u builds the Basic header; the id is not secret and travels in the entry.
    if (entry.basicClientId !== undefined) return `-u ${quote(entry.basicClientId)}:"$CLIENT_SECRET"`;
    use({ name: 'CLIENT_ID', what: 'the client id' });
    return '-u "$CLIENT_ID:$CLIENT_SECRET"';
  }
  if (lower === 'authorization') {
    use({ name: 'ACCESS_TOKEN', what: 'the access token' });
    return `-H "${name}: ${value.slice(0, value.indexOf(' '))} $ACCESS_TOKEN"`;
  }
  if (lower === 'dpop') {
    use({ name: 'DPOP_PROOF', what: "a fresh DPoP proof (RFC 9449: single use, signed with the run's key)" });
    return `-H "${name}: $DPOP_PROOF"`;
  }
  if (lower === 'cookie') {
    use({ name: 'COOKIE', what: 'the cookies' });
    return `-H "${name}: $COOKIE"`;
  }
  return undefined;
}

/** One line that stops with the variable's name and meaning when one is not set, before anything is sent. */
function preamble(variables: Map<string, Variable>): string {
  const checks = [...variables.values()].map(
    (v) => `"\${${v.name}:?set ${v.name} to ${v.what} (masked in this command): export ${v.name}=...}"`,
  );
  return `: ${checks.join(' ')} && \\`;
}

/**
 * A curl command that sends the same request again, and runs. Revealed: the values as sent. Masked (the default):
 * every masked secret is read from a shell variable (CLIENT_SECRET, REFRESH_TOKEN…), checked by a one-line
 * preamble that names what to set, with the Basic header built by curl from them; safe to paste into an issue.
 */
export function toCurl(entry: TimelineEntry, options: { reveal?: boolean } = {}): string {
  const shown = options.reveal ? entry : maskEntry(entry);
  const variables = new Map<string, Variable>();
  const first = ['curl'];
  if (shown.method !== 'GET' || shown.requestBody) first.push('-X', shown.method);
  first.push(quote(shown.url));
  const lines = [first.join(' ')];
  for (const [name, value] of Object.entries(shown.requestHeaders)) {
    if (SKIPPED_HEADERS.has(name.toLowerCase())) continue;
    lines.push(headerArgument(name, value, entry, variables) ?? `-H ${quote(`${name}: ${value}`)}`);
  }
  if (shown.requestBody) {
    const masked = shown.requestBody.includes('•') ? bodyArguments(shown.requestBody, variables) : undefined;
    lines.push(...(masked ?? [`--data-raw ${quote(shown.requestBody)}`]));
  }
  const command = lines.join(' \\\n  ');
  return variables.size ? `${preamble(variables)}\n${command}` : command;
}
