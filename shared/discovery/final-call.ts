import { parseWwwAuthenticate } from '../replay/www-authenticate.js';
import { fail, type StepOutcome } from './chain-step.js';

/** The last step: the API called again with the token. 2xx ends the chain; anything else is explained. */
export function finalCallOutcome(status: number, wwwAuthenticate: string[], scheme: string): StepOutcome<number> {
  if (status >= 200 && status < 300)
    return { ok: true, value: status, summary: `${status}: the API accepted the ${scheme} token.` };
  const challenge = wwwAuthenticate
    .flatMap((field) => parseWwwAuthenticate(field).challenges)
    .find((c) => c.params.error);
  const said = challenge
    ? `${challenge.scheme} error="${challenge.params.error}"` +
      (challenge.params.error_description ? ` (${challenge.params.error_description})` : '')
    : 'no error in WWW-Authenticate';
  const fix =
    challenge?.params.error === 'insufficient_scope'
      ? `Sign in again with the scopes it names${challenge.params.scope ? ` (${challenge.params.scope})` : ''}; ` +
        'the user needs a role that grants them.'
      : challenge?.params.error === 'invalid_dpop_proof' || challenge?.params.error === 'use_dpop_nonce'
        ? 'The API wants a DPoP proof it accepts (RFC 9449 §7): check the proof its answer refused.'
        : 'Inspect the token against what the API checks (audience, scopes, issuer): ' +
          'its audience must be the resource of the metadata.';
  return fail('api-refused-token', `The API answered ${status} to the ${scheme} token: ${said}.`, fix);
}
