/**
 * JSON Schemas of each call's argument, checked on the main side before a service runs
 * (a renderer is code we wrote, but the browser host is reachable over HTTP).
 */
import type { ApiMethod } from './api.js';
import { REPLAY_ARGUMENT_SCHEMAS } from '../replay/replay-api.js';
import { FLOW_ARGUMENT_SCHEMAS } from '../flows/flow-api.js';
import { TOKEN_SIZE_LIMIT } from '../inspect/limits.js';
import { WORLD_LIMITS } from '../sandbox/world-limits.js';

type JsonSchema = Record<string, unknown>;

const NO_ARGUMENT: JsonSchema = { type: 'null' };
const WORKSPACE_ID: JsonSchema = { type: 'string', minLength: 1, maxLength: 200 };

export const API_ARGUMENT_SCHEMAS: Record<ApiMethod, JsonSchema> = {
  ...REPLAY_ARGUMENT_SCHEMAS,
  ...FLOW_ARGUMENT_SCHEMAS,
  getAppInfo: NO_ARGUMENT,
  listConnections: {
    oneOf: [NO_ARGUMENT, { type: 'object', additionalProperties: false, properties: { workspaceId: WORKSPACE_ID } }],
  },
  addConnection: {
    type: 'object',
    additionalProperties: false,
    required: ['client'],
    properties: {
      workspaceId: WORKSPACE_ID,
      name: { type: 'string', maxLength: 200 },
      issuer: { type: 'string', minLength: 1, maxLength: 2000 },
      logtoEndpoint: { type: 'string', minLength: 1, maxLength: 2000 },
      client: {
        type: 'object',
        additionalProperties: false,
        required: ['clientId', 'kind', 'authMethod'],
        properties: {
          clientId: { type: 'string', minLength: 1, maxLength: 500 },
          name: { type: 'string', maxLength: 200 },
          kind: { enum: ['m2m', 'native', 'spa', 'traditional'] },
          authMethod: { enum: ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'] },
          clientSecret: { type: 'string', maxLength: 4000 },
          privateKey: { type: 'string', maxLength: 20000 },
        },
      },
    },
  },
  removeConnection: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
  editConnection: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId'],
    properties: {
      workspaceId: WORKSPACE_ID,
      connectionId: { type: 'string', minLength: 1, maxLength: 200 },
      name: { type: 'string', maxLength: 200 },
      client: {
        type: 'object',
        additionalProperties: false,
        required: ['clientId'],
        properties: {
          clientId: { type: 'string', minLength: 1, maxLength: 500 },
          newClientId: { type: 'string', minLength: 1, maxLength: 500 },
          kind: { enum: ['m2m', 'native', 'spa', 'traditional'] },
          authMethod: { enum: ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'] },
          secret: { type: 'string', maxLength: 20000 },
        },
      },
    },
  },
  getConnectionKnowledge: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId'],
    properties: { workspaceId: WORKSPACE_ID, connectionId: { type: 'string', minLength: 1, maxLength: 200 } },
  },
  listRuns: {
    oneOf: [NO_ARGUMENT, { type: 'object', additionalProperties: false, properties: { workspaceId: WORKSPACE_ID } }],
  },
  setClientSecret: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId', 'clientId', 'secret'],
    properties: {
      workspaceId: WORKSPACE_ID,
      connectionId: { type: 'string', minLength: 1, maxLength: 200 },
      clientId: { type: 'string', minLength: 1, maxLength: 500 },
      // The same bounds as addConnection's clientSecret and privateKey.
      secret: { type: 'string', maxLength: 20000 },
    },
  },
  runClientCredentials: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId', 'clientId', 'resources', 'scope'],
    properties: {
      connectionId: { type: 'string', minLength: 1 },
      clientId: { type: 'string', minLength: 1 },
      resources: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 20 },
      scope: { type: 'string' },
      organizationId: { type: 'string', maxLength: 500 },
      dpop: { type: 'boolean' },
      workspaceId: WORKSPACE_ID,
    },
  },
  inspectToken: {
    type: 'object',
    additionalProperties: false,
    required: ['token'],
    properties: {
      // The inspector's own limit: past it the input is not a token (shared/inspect/limits.ts says why).
      token: { type: 'string', maxLength: TOKEN_SIZE_LIMIT },
      issuer: { type: 'string' },
      expectedAudience: { type: 'string' },
      requiredScopes: { type: 'array', items: { type: 'string' }, maxItems: 100 },
      clockSkewSeconds: { type: 'number', minimum: 0, maximum: 86_400 },
    },
  },
  explainScopes: {
    type: 'object',
    additionalProperties: false,
    required: ['token', 'request'],
    properties: {
      token: { type: 'string', maxLength: 2_000_000 },
      request: {
        type: 'object',
        additionalProperties: false,
        required: ['resources', 'scopes'],
        properties: {
          resources: { type: 'array', items: { type: 'string' }, maxItems: 20 },
          scopes: { type: 'array', items: { type: 'string' }, maxItems: 200 },
          organizationId: { type: 'string' },
        },
      },
      grantedScope: { type: 'string' },
    },
  },
  compareSandboxPatAndM2m: {
    type: 'object',
    additionalProperties: false,
    properties: { resource: { type: 'string', minLength: 1 }, scope: { type: 'string' } },
  },
  getSandbox: NO_ARGUMENT,
  resetSandboxWorld: NO_ARGUMENT,
  applySandboxWorld: {
    type: 'object',
    additionalProperties: false,
    required: ['text'],
    // The world's own limit, in bytes; a character is at least one byte, so any text the sandbox takes fits.
    properties: { text: { type: 'string', maxLength: WORLD_LIMITS.bytes } },
  },
};
