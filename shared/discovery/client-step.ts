import { fail, type StepOutcome } from './chain-step.js';

export type ClientPlan =
  { use: 'saved'; connectionId: string; clientId: string } | { use: 'register'; registrationEndpoint: string };

/**
 * A client the user picked wins; otherwise one is registered when the server offers registration (RFC 7591 §3,
 * `registration_endpoint` in its metadata, RFC 8414 §2). Neither: the chain stops with how to make one.
 */
export function planClient(
  issuer: string,
  registrationEndpoint: string | undefined,
  picked?: { connectionId: string; clientId: string },
): StepOutcome<ClientPlan> {
  if (picked) return { ok: true, value: { use: 'saved', ...picked }, summary: `The saved client ${picked.clientId}.` };
  if (registrationEndpoint)
    return {
      ok: true,
      value: { use: 'register', registrationEndpoint },
      summary: `No saved client for ${issuer}: registering one at ${registrationEndpoint}.`,
      rule: 'RFC 7591 §3: a public native client (PKCE, loopback redirect, RFC 8252) registered for this sign-in.',
    };
  return fail(
    'no-client',
    `You have no client for ${issuer}, and its metadata lists no registration_endpoint, ` +
      'so Tokenscope cannot register one (RFC 7591).',
    `Create an application at ${issuer} (in Logto: Console → Applications, a Native app with redirect URI ` +
      'http://127.0.0.1/callback), add it as a connection, then pick it here.',
  );
}

const REGISTRATION_ERRORS: Record<string, string> = {
  invalid_redirect_uri: 'it refused the redirect URIs',
  invalid_client_metadata: 'it refused a field of the client metadata',
  invalid_software_statement: 'it refused the software statement',
  unapproved_software_statement: 'it does not approve the software statement',
};

/** RFC 7591 §3.2.2: why the server refused to register, from its status and error body, with what to do. */
export function registrationRefused(
  endpoint: string,
  answer: { status?: number; error?: string; description?: string; message?: string },
): StepOutcome<never> {
  const said = [answer.error, answer.description].filter(Boolean).join(': ');
  const needsToken = answer.status === 401 || answer.status === 403 || answer.error === 'invalid_token';
  const meaning = answer.error ? REGISTRATION_ERRORS[answer.error] : undefined;
  const status = answer.status ? ` (${answer.status}${said ? ` ${said}` : ''})` : `: ${answer.message ?? said}`;
  return fail(
    'registration-refused',
    `${endpoint} refused to register a client${status}` +
      `${meaning ? `: ${meaning}` : ''}.` +
      (needsToken ? ' It wants an initial access token, which RFC 7591 §3 lets a server require.' : ''),
    needsToken
      ? 'Register a client at the server yourself, add it as a connection and pick it here.'
      : 'Pick a saved client instead, or allow open registration at the server ' +
          "(in the sandbox: the world's dynamicClientRegistration).",
  );
}
