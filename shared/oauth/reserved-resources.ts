/** Resource indicators and audiences that Logto reserves for itself (RFC 8707 `resource`, RFC 7519 `aud`). */

/** Logto's organization API resource: organization permissions asked at sign-in (Logto docs: "Organization token"). */
export const ORGANIZATIONS_RESOURCE = 'urn:logto:resource:organizations';
/** Logto's organization tokens have `aud` = this prefix + the organization id (Logto docs: "Organization token"). */
export const ORGANIZATION_AUDIENCE_PREFIX = 'urn:logto:organization:';

/** The audience of Logto's organization token for one organization. */
export const organizationAudience = (organizationId: string): string =>
  `${ORGANIZATION_AUDIENCE_PREFIX}${organizationId}`;

/** The organization named by the first organization-token audience among `audiences`, if any. */
export function organizationOfAudiences(audiences: readonly string[] | undefined): string | undefined {
  const audience = audiences?.find((value) => value.startsWith(ORGANIZATION_AUDIENCE_PREFIX));
  return audience?.slice(ORGANIZATION_AUDIENCE_PREFIX.length);
}
