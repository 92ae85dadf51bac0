import { checkFor, type CheckResult } from '../check-result.js';
import { organizationOfAudiences } from '../../oauth/reserved-resources.js';
import { audiences, stringClaim } from '../claims.js';

const checked = checkFor(
  'organization',
  'Logto organization tokens',
  'Logto issues organization tokens: with `organization_id` and no `resource`, `aud` is urn:logto:organization:<id> and the scopes come ' +
    'from the organization roles; with both, `aud` is the API and an `organization_id` claim says which organization the scopes apply to.',
);

/** Logto organization tokens: `aud` = urn:logto:organization:<id>, or an `organization_id` claim on an API token. */
export function checkOrganization(payload: Record<string, unknown>): CheckResult {
  const fromAudience = organizationOfAudiences(audiences(payload));
  const claim = stringClaim(payload, 'organization_id');
  if (payload.organization_id !== undefined && claim === undefined) {
    return checked('fail', '`organization_id` is not a string.');
  }
  if (fromAudience !== undefined && claim !== undefined && fromAudience !== claim) {
    return checked('fail', `\`aud\` names organization ${fromAudience} but \`organization_id\` says ${claim}.`);
  }
  if (fromAudience !== undefined) {
    return checked(
      'info',
      `An organization token for organization ${fromAudience}: scopes come from the organization roles.`,
    );
  }
  if (claim !== undefined) {
    return checked('info', `An organization-level API token: scopes come from the roles in organization ${claim}.`);
  }
  return checked('info', 'Not an organization token: the scopes come from global roles.');
}
