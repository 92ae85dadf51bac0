import { audiences, stringClaim } from '../inspect/claims.js';
import { subjectKind } from '../inspect/checks/subject.js';
import { organizationOfAudiences } from '../oauth/reserved-resources.js';

/**
 * Who a token acts for and in which organization, read from what the server answered, never from the request:
 * the app itself when `sub` = `client_id` (RFC 9068 §2.2), a user otherwise; the organization from the
 * `organization_id` claim (Logto: a token for an API resource in an organization) or the audience
 * `urn:logto:organization:<id>` (Logto: an organization token without `resource`).
 */
export interface TokenSubject {
  kind: 'user' | 'app';
  id: string;
  organizationId?: string;
}

export function tokenSubject(payload: Record<string, unknown>): TokenSubject | undefined {
  const kind = subjectKind(payload);
  if (kind === 'unknown') return undefined;
  const id = kind === 'app' ? stringClaim(payload, 'client_id')! : stringClaim(payload, 'sub')!;
  const organizationId = stringClaim(payload, 'organization_id') ?? organizationOfAudiences(audiences(payload));
  return { kind, id, ...(organizationId !== undefined ? { organizationId } : {}) };
}
