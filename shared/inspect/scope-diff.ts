import { decodeToken } from '../token/decode.js';
import { organizationOfAudiences } from '../oauth/reserved-resources.js';
import { isIdentityScope } from '../oauth/reserved-scopes.js';
import { scopeWords } from '../oauth/granted-scopes.js';
import { audiences, scopes, stringClaim } from './claims.js';
import { grantersOf, type ScopeRoles } from '../explain/scope-roles.js';
import { grantedSentence, missingSentence, possessive, rolesPhrase, subjectPhrase } from '../explain/role-sentences.js';
import { idTokenClient, idTokenScopeSentence, idTokenSummary, isIdTokenPayload } from '../explain/id-token.js';

/** What the client asked for (RFC 6749 §3.3 `scope`, RFC 8707 `resource`). */
export interface ScopeRequest {
  resources: readonly string[];
  scopes: readonly string[];
  organizationId?: string;
}

/**
 * What the server knows about permissions, when Tokenscope knows it too: the sandbox describes its whole world
 * (`exact: true`); for another server, pass what the user told us or nothing, and the reasons say "likely".
 */
export interface ScopeWorld {
  /** API resources and the permissions each defines. */
  resources?: readonly { indicator: string; scopes: readonly string[] }[];
  /** Organization permissions (Logto organization template); they reach a token only with `organization_id`. */
  organizationScopes?: readonly string[];
  /** Permissions the subject (user, or app for M2M) holds through its roles, per resource. */
  subjectPermissions?: readonly { resource: string; scopes: readonly string[] }[];
  /** Scopes the user consented to; undefined when unknown (no consent step for M2M and PAT exchange). */
  consented?: readonly string[];
  exact?: boolean;
  /**
   * The roles behind this token's scopes, read from a tenant (the sandbox's world or a real one): with them every
   * reason names the subject and its roles, and every granted scope the role that granted it.
   */
  roles?: ScopeRoles;
}

export type MissingReasonCode =
  | 'no-role'
  | 'resource-not-requested'
  | 'other-resource'
  | 'no-consent'
  | 'organization-scope-without-organization'
  | 'unknown-scope'
  | 'identity-scope'
  | 'id-token'
  | 'opaque-token';

export interface MissingReason {
  code: MissingReasonCode;
  message: string;
  /** `exact` when it comes from the sandbox's world; `likely` when inferred from how Logto behaves. */
  certainty: 'exact' | 'likely';
}

export interface ScopeRow {
  scope: string;
  requested: boolean;
  /** Listed in the token response's `scope`; undefined when the response was not given. */
  granted?: boolean;
  inToken: boolean;
  /** Why a requested scope is not in the token. */
  reason?: MissingReason;
  /** In the token: the subject's roles that grant it (known when the tenant's roles are). */
  grantedBy?: { roles: string[]; message: string };
}

export interface ResourceScopes {
  resource: string;
  requested: boolean;
  /** This token was issued for the resource (it is in `aud`). */
  isTokenAudience: boolean;
  rows: ScopeRow[];
}

export interface ScopeDiff {
  resources: ResourceScopes[];
  /** OpenID Connect and Logto identity scopes: they shape the ID token and userinfo, not an access token. */
  identity: ScopeRow[];
  summary: string;
  /** Where exact reasons were read ("the sandbox world", "the tenant … read at …"); absent when they are likely. */
  source?: string;
  /** An ID token was given: its audience is the client and it carries no API scope (OpenID Connect Core §2). */
  idToken?: { client?: string };
}

export interface ScopeDiffInput {
  request: ScopeRequest;
  /** The access token (or an ID token, explained as one), raw or as its decoded payload. */
  token: string | Record<string, unknown>;
  /** The `scope` field of the token response (RFC 6749 §5.1), when known. */
  grantedScope?: string;
  world?: ScopeWorld;
}

/** A token given as a string that is not a JWT: nothing in it can be read (RFC 6749 §1.4: opaque to the client). */
function isOpaque(token: ScopeDiffInput['token']): boolean {
  return typeof token === 'string' && decodeToken(token).kind !== 'jwt';
}

function opaqueReason(scope: string, resource: string): MissingReason {
  return {
    code: 'opaque-token',
    message:
      `The access token is opaque, not a JWT: no API can read ${scope} from it (it is good for userinfo only). ` +
      'Logto issues an opaque token when the token request sends no resource with openid, and no default API ' +
      `applies: send resource=${resource} at the token endpoint (or on refresh) to get a JWT for it.`,
    certainty: 'exact',
  };
}

function payloadOf(token: ScopeDiffInput['token']): Record<string, unknown> {
  if (typeof token !== 'string') return token ?? {};
  const decoded = decodeToken(token);
  return decoded.kind === 'jwt' ? decoded.payload : {};
}

function ownerOf(scope: string, world: ScopeWorld | undefined): string | undefined {
  return world?.resources?.find((resource) => resource.scopes.includes(scope))?.indicator;
}

function identityReason(scope: string, certainty: MissingReason['certainty']): MissingReason {
  const message =
    scope === 'offline_access'
      ? 'offline_access asks for a refresh token, it is never in an access token (Logto grants it only with prompt=consent).'
      : `${scope} is an identity scope: it shapes the ID token and userinfo, never an API's access token.`;
  return { code: 'identity-scope', message, certainty };
}

interface Context {
  request: ScopeRequest;
  world?: ScopeWorld;
  tokenAudiences: string[];
  certainty: MissingReason['certainty'];
  /** The organization the token is for (organization_id sent, the claim, or an organization audience). */
  organizationId?: string;
  /** Who the token acts as: the app itself (sub = client_id) or a user. */
  subject: 'app' | 'user';
}

/** Logto: an organization token's scopes come from organization roles only, never global user or M2M roles. */
function organizationRoleReason(
  scope: string,
  resource: string,
  context: Context & { organizationId: string },
): string {
  const prefix = context.certainty === 'exact' ? '' : 'Likely: ';
  const who = context.subject === 'app' ? 'the app' : 'the user';
  const notGlobal = context.subject === 'app' ? 'not its global M2M roles' : 'not their global roles';
  return `${prefix}${who} holds no organization role in ${context.organizationId} granting ${scope} on ${resource}. An organization token draws its scopes from the organization roles of ${who} in that organization only, ${notGlobal} (Logto drops the others silently). Give ${who} an organization role with this permission (Logto Console → Organization template, then the role in the organization's ${context.subject === 'app' ? 'machine-to-machine apps' : 'members'}).`;
}

/** The likely (or, for the sandbox, exact) reason a requested permission is missing from the token. */
function missingReason(scope: string, resource: string, context: Context): MissingReason {
  const { request, world, certainty } = context;
  const reason = (code: MissingReasonCode, message: string): MissingReason => ({ code, message, certainty });
  const isOrganizationScope = world?.organizationScopes?.includes(scope) ?? false;
  if (isOrganizationScope && !context.organizationId) {
    const sent = request.organizationId
      ? `organization_id ${request.organizationId} was sent, yet the server answered with a token for ` +
        `${context.tokenAudiences.join(', ') || 'no audience'} and no organization_id claim`
      : 'organization_id was not sent';
    return reason(
      'organization-scope-without-organization',
      `${scope} is an organization permission: it reaches only an organization token (aud urn:logto:organization:<id>); ${sent}.`,
    );
  }
  if (world?.resources && !ownerOf(scope, world) && !isOrganizationScope) {
    return reason(
      'unknown-scope',
      `No API resource defines ${scope}: check its spelling, or add the permission to the API resource.`,
    );
  }
  if (!context.tokenAudiences.includes(resource)) {
    const forWhat = context.tokenAudiences.length ? context.tokenAudiences.join(', ') : 'no API';
    if (!request.resources.includes(resource)) {
      return reason(
        'resource-not-requested',
        `${scope} belongs to ${resource}, which was not requested: add resource=${resource} to the request.`,
      );
    }
    return reason(
      'other-resource',
      `${scope} belongs to ${resource}, but this token is for ${forWhat}: a token is for one resource, so get one with resource=${resource}.`,
    );
  }
  if (world?.consented && !world.consented.includes(scope)) {
    return reason(
      'no-consent',
      `The user did not consent to ${scope}: sign in again with prompt=consent and accept it.`,
    );
  }
  const prefix = certainty === 'exact' ? '' : 'Likely: ';
  if (world?.roles) {
    const granters = grantersOf(world.roles.held, scope, resource);
    if (!granters.length) return reason('no-role', prefix + missingSentence(world.roles, scope, resource));
    const whose = `${possessive(subjectPhrase(world.roles))} ${rolesPhrase(world.roles.kind, granters)}`;
    return reason(
      'no-role',
      `${prefix}${whose} ${granters.length === 1 ? 'grants' : 'grant'} ${scope}, yet it was not issued: ` +
        'the role was probably assigned after sign-in; refresh the token or sign in again.',
    );
  }
  const held = world?.subjectPermissions?.find((entry) => entry.resource === resource)?.scopes;
  if (held && held.includes(scope)) {
    return reason(
      'no-role',
      `${prefix}the subject holds ${scope}, yet it was not issued: the role may have been assigned after sign-in; refresh the token.`,
    );
  }
  if (context.organizationId)
    return reason(
      'no-role',
      organizationRoleReason(scope, resource, { ...context, organizationId: context.organizationId }),
    );
  return reason(
    'no-role',
    `${prefix}the user or app has no role granting ${scope} on ${resource}; Logto drops such scopes silently. Assign a role with this permission.`,
  );
}

function resourceFor(scope: string, context: Context): string {
  return ownerOf(scope, context.world) ?? context.tokenAudiences[0] ?? context.request.resources[0] ?? '(no resource)';
}

function summaryOf(resources: ResourceScopes[]): string {
  const parts = resources.map((entry) => {
    const requested = entry.rows.filter((row) => row.requested);
    const arrived = requested.filter((row) => row.inToken);
    const missing = requested.filter((row) => !row.inToken).map((row) => row.scope);
    const tail = missing.length ? `; missing ${missing.join(', ')}` : '';
    return `${entry.resource}: ${arrived.length} of ${requested.length} requested scopes in the token${tail}`;
  });
  return parts.length ? parts.join('. ') + '.' : 'No API scopes were requested.';
}

/**
 * Requested vs granted vs in-token scopes, per resource (RFC 8707 §2: scopes are read per resource), with the reason
 * each requested scope did not make it. Pure: the world is passed in, nothing is fetched.
 */
export function diffScopes(input: ScopeDiffInput): ScopeDiff {
  const payload = payloadOf(input.token);
  const inToken = new Set(scopes(payload) ?? []);
  // The `granted` column shows only what the response said: absent stays unknown, not assumed (RFC 6749 §5.1).
  const granted = input.grantedScope === undefined ? undefined : new Set(scopeWords(input.grantedScope));
  const idToken = isIdTokenPayload(payload);
  const opaque = isOpaque(input.token);
  const context: Context = {
    request: input.request,
    world: input.world,
    // An ID token's audience is the client, never an API resource: no API scope is looked for under it.
    tokenAudiences: idToken ? [] : (audiences(payload) ?? []),
    certainty: (input.world?.roles?.exact ?? input.world?.exact) ? 'exact' : 'likely',
    // Read from what the server answered (Logto: the organization_id claim with a resource, the audience without).
    organizationId: stringClaim(payload, 'organization_id') ?? organizationOfAudiences(audiences(payload)),
    subject: payload.sub !== undefined && payload.sub === payload.client_id ? 'app' : 'user',
  };
  const roles = input.world?.roles;
  const client = idToken ? idTokenClient(payload) : undefined;
  const byResource = new Map<string, ScopeRow[]>();
  for (const resource of [...input.request.resources, ...context.tokenAudiences])
    byResource.set(resource, byResource.get(resource) ?? []);
  const identity: ScopeRow[] = [];
  const requested = [...new Set(input.request.scopes.filter(Boolean))];
  const all = [...new Set([...requested, ...inToken])];
  for (const scope of all) {
    const isRequested = requested.includes(scope);
    if (isIdentityScope(scope)) {
      const row: ScopeRow = {
        scope,
        requested: isRequested,
        granted: granted?.has(scope),
        inToken: inToken.has(scope),
      };
      if (isRequested && !row.inToken && !idToken) row.reason = identityReason(scope, context.certainty);
      identity.push(row);
      continue;
    }
    const resource = inToken.has(scope)
      ? (context.tokenAudiences[0] ?? resourceFor(scope, context))
      : resourceFor(scope, context);
    const isInToken =
      inToken.has(scope) && (context.tokenAudiences.length === 0 || context.tokenAudiences.includes(resource));
    const row: ScopeRow = { scope, requested: isRequested, granted: granted?.has(scope), inToken: isInToken };
    if (isRequested && !isInToken)
      row.reason = opaque
        ? opaqueReason(scope, resource)
        : idToken
          ? { code: 'id-token', message: idTokenScopeSentence(scope, client, resource), certainty: 'exact' }
          : missingReason(scope, resource, context);
    if (isInToken && roles) {
      const names = grantersOf(roles.held, scope, resource).map((role) => role.name);
      row.grantedBy = { roles: names, message: grantedSentence(roles, scope, resource) };
    }
    byResource.set(resource, [...(byResource.get(resource) ?? []), row]);
  }
  const resources = [...byResource].map(([resource, rows]) => ({
    resource,
    requested: input.request.resources.includes(resource),
    isTokenAudience: context.tokenAudiences.includes(resource),
    rows,
  }));
  return {
    resources,
    identity,
    summary: idToken ? idTokenSummary(client) : summaryOf(resources),
    ...(roles && context.certainty === 'exact' ? { source: roles.source } : {}),
    ...(idToken ? { idToken: client !== undefined ? { client } : {} } : {}),
  };
}
