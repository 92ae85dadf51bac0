/**
 * JSON Schema (draft-07) for world files. Published so editors can validate as you type; the sandbox checks the
 * same schema with ajv before it serves a world, then checks the references between parts (world-references.ts).
 */

import { WORLD_LIMITS } from './world-limits.js';

// RFC 8707 §2: an absolute URI, no fragment.
export const ABSOLUTE_URI_NO_FRAGMENT = '^[A-Za-z][A-Za-z0-9+.-]*:[^#\\s]+$';
/** RFC 6749 §3.3: a scope token has no spaces. */
export const SCOPE_TOKEN = '^\\S+$';
export const PAT_VALUE = '^pat_[A-Za-z0-9]{8,}$';
/** Where a part of the schema is declared once and referred to (ajv then checks it in one function). */
const ref = (name: string) => ({ $ref: `#/definitions/${name}` }) as const;

/**
 * The parts the world uses more than once, each declared here once (JSON Schema draft-07 `definitions`), so the
 * schema and the validator compiled from it say each rule in one place.
 */
const definitions = {
  id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' },
  ids: { type: 'array', items: ref('id'), uniqueItems: true },
  name: { type: 'string', minLength: 1 },
  description: { type: 'string' },
  absoluteUri: { type: 'string', pattern: ABSOLUTE_URI_NO_FRAGMENT },
  absoluteUris: { type: 'array', items: ref('absoluteUri'), uniqueItems: true },
  permission: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1, pattern: SCOPE_TOKEN, description: 'The scope value, e.g. read:products' },
      description: ref('description'),
    },
  },
  permissions: { type: 'array', items: ref('permission') },
  permissionNames: { type: 'array', items: ref('name'), uniqueItems: true },
  resourcePermissions: {
    type: 'object',
    description: 'API resource indicator → permission names',
    propertyNames: { pattern: ABSOLUTE_URI_NO_FRAGMENT },
    additionalProperties: ref('permissionNames'),
  },
  /** RFC 7517 §5 JWK Set; each key is checked for private members in world-references.ts, and by oidc-provider. */
  jwks: {
    type: 'object',
    additionalProperties: false,
    required: ['keys'],
    description: 'private_key_jwt: the public keys client assertions are signed with, as a JWK Set (RFC 7517 §5)',
    properties: {
      keys: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['kty'],
          properties: { kty: { enum: ['EC', 'RSA', 'OKP'], description: 'Key type (RFC 7518 §6.1)' } },
        },
      },
    },
  },
  memberships: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['organization', 'roles'],
      properties: {
        organization: { ...ref('id'), description: 'Organization id' },
        roles: { ...ref('ids'), description: 'Organization role ids' },
      },
    },
  },
} as const;

export const WORLD_SCHEMA_ID = 'https://tokenscope.dev/schemas/sandbox-world.json';

export const worldSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: WORLD_SCHEMA_ID,
  definitions,
  title: 'Tokenscope sandbox world',
  type: 'object',
  additionalProperties: false,
  required: ['resources', 'roles', 'users', 'applications'],
  properties: {
    $schema: { type: 'string', description: 'Editors use it to find this schema; the sandbox ignores it.' },
    logto: {
      enum: ['1.36', '1.42'],
      description:
        "Which Logto's answers to give where they changed: 1.36 (token exchange refused with invalid_client, a JWT " +
        'introspects as inactive, no device flow nor DPoP) or 1.42, the default',
    },
    signingKey: { enum: ['EC', 'RSA'], description: 'EC: P-384 / ES384 (Logto default). RSA: RS256.' },
    dynamicClientRegistration: {
      type: 'boolean',
      description:
        'RFC 7591: open client registration at /oidc/reg (registration_endpoint in discovery). Off by default, as in Logto',
    },
    defaultResource: { ...ref('absoluteUri'), description: 'Indicator used when no resource is sent' },
    resources: {
      type: 'array',
      maxItems: WORLD_LIMITS.resources,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['indicator', 'name', 'permissions'],
        properties: {
          indicator: { ...ref('absoluteUri'), description: 'Absolute URI, no fragment (RFC 8707)' },
          name: ref('name'),
          permissions: ref('permissions'),
          accessTokenTtl: { type: 'integer', minimum: 1, maximum: 86400, description: 'Seconds; default 3600' },
          dpopBoundAccessTokensRequired: {
            type: 'boolean',
            description:
              "The sandbox's sample API for this resource refuses bearer tokens: DPoP-bound ones only, with a proof " +
              '(RFC 9449 §7.1); its metadata says dpop_bound_access_tokens_required (RFC 9728). Default false',
          },
          dpopNonce: {
            type: 'boolean',
            description:
              'The sample API asks for its own nonce in every DPoP proof: use_dpop_nonce with a DPoP-Nonce header ' +
              '(RFC 9449 §9). Default false',
          },
        },
      },
    },
    roles: {
      type: 'array',
      maxItems: WORLD_LIMITS.roles,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type', 'permissions'],
        properties: {
          id: ref('id'),
          name: ref('name'),
          type: { enum: ['user', 'm2m'] },
          description: ref('description'),
          permissions: ref('resourcePermissions'),
        },
      },
    },
    users: {
      type: 'array',
      maxItems: WORLD_LIMITS.users,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'username', 'roles'],
        properties: {
          id: ref('id'),
          username: ref('name'),
          name: { type: 'string' },
          email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
          roles: ref('ids'),
          organizations: ref('memberships'),
          personalAccessTokens: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'value'],
              properties: {
                name: ref('name'),
                value: { type: 'string', pattern: PAT_VALUE, description: 'pat_ then letters and digits' },
                expiresAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T', description: 'ISO 8601 date-time' },
              },
            },
          },
          customData: { type: 'object' },
          password: { type: 'string', minLength: 1, description: 'optional: the sign-in page asks for it' },
          passwordDigest: { type: 'string', pattern: '^scrypt:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$' },
        },
      },
    },
    applications: {
      type: 'array',
      maxItems: WORLD_LIMITS.applications,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type'],
        properties: {
          id: ref('id'),
          name: ref('name'),
          type: { enum: ['native', 'spa', 'traditional', 'm2m'] },
          secret: { type: 'string', minLength: 8, description: 'client_secret_basic apps (traditional, M2M)' },
          tokenEndpointAuthMethod: {
            enum: ['client_secret_basic', 'private_key_jwt'],
            description:
              'Traditional and M2M apps: client_secret_basic (default, needs secret) or private_key_jwt (RFC 7523, needs jwks)',
          },
          jwks: ref('jwks'),
          redirectUris: ref('absoluteUris'),
          postLogoutRedirectUris: ref('absoluteUris'),
          roles: ref('ids'),
          allowTokenExchange: { type: 'boolean' },
          rotateRefreshToken: {
            type: 'boolean',
            description: "false: refresh tokens never rotate (Logto's switch); absent or true: Logto's rule",
          },
          organizations: ref('memberships'),
        },
      },
    },
    organizationPermissions: ref('permissions'),
    organizationRoles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: ref('id'),
          name: ref('name'),
          type: {
            enum: ['user', 'm2m'],
            description: 'user (default): held by users; m2m: held by M2M apps in the organization',
          },
          description: ref('description'),
          permissions: ref('permissionNames'),
          resourcePermissions: ref('resourcePermissions'),
        },
      },
    },
    organizations: {
      type: 'array',
      maxItems: WORLD_LIMITS.organizations,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: { id: ref('id'), name: ref('name'), description: ref('description') },
      },
    },
  },
} as const;
