/**
 * The flow calls of the contract (`TokenscopeApi` extends this): sign-in with the system browser, refresh, token
 * exchange and reveal. Secrets the server returns stay on the main side; the renderer names them by `runId`.
 */
import type { FlowResult } from '../contract/flow.js';
import type { TimelineEntry } from './timeline.js';
import type { EndpointResult, TokenOperation } from './endpoint-result.js';

export interface StartAuthorizationRequest {
  /** The workspace whose run list gets the run (the sandbox connection is in every one); the default when absent. */
  workspaceId?: string;
  connectionId: string;
  clientId: string;
  /** RFC 8707 §2: every API the sign-in asks for. */
  resources: string[];
  scope: string;
  prompt?: string;
  loginHint?: string;
  organizationId?: string;
  extraParams?: Record<string, string>;
  /** The one resource the code is redeemed for (RFC 8707 §2.2); none lets the server pick. */
  tokenResource?: string;
  /** Default: the custom scheme in the desktop app, loopback in the browser host. */
  redirect?: 'custom-scheme' | 'loopback';
  /** RFC 9126 pushed authorization request. */
  par?: boolean;
  /** RFC 9449 DPoP-bound tokens. */
  dpop?: boolean;
  /**
   * Desktop app only: sign in inside a Tokenscope window that catches the redirect itself, for providers that
   * need it. The system browser stays the default (RFC 8252 §8.12).
   */
  inAppWindow?: boolean;
}

export type StartAuthorizationResult =
  | {
      status: 'waiting';
      authorizationUrl: string;
      state: string;
      redirectUri: string;
      expiresAt: number;
      /** True when the desktop app opened its own sign-in window: the renderer opens nothing. */
      inAppWindow?: boolean;
    }
  /** Discovery failed: nothing to open; the result explains why. */
  | { status: 'failed'; result: FlowResult };

export type AwaitAuthorizationResult =
  | { status: 'done'; result: FlowResult }
  | { status: 'waiting' }
  /** Expired, or never started; the message says what to do. */
  | { status: 'gone'; message: string };

export interface DeviceAuthorizationRequest {
  /** The workspace whose run list gets the run (the sandbox connection is in every one); the default when absent. */
  workspaceId?: string;
  connectionId: string;
  clientId: string;
  resources: string[];
  scope: string;
  organizationId?: string;
}

export type StartDeviceAuthorizationResult =
  /** Show `userCode` and `verificationUri`; then await the result with `awaitAuthorization({ state: deviceId })`. */
  | { status: 'waiting'; deviceId: string; userCode: string; verificationUri: string; verificationUriComplete?: string; expiresAt: number }
  | { status: 'failed'; result: FlowResult };

export interface RefreshRequest {
  /** The run whose refresh token to use (a sign-in or an earlier refresh). */
  fromRunId: string;
  resources: string[];
  scope: string;
  organizationId?: string;
  /** Send even though Tokenscope knows the refresh trap will spend the refresh token. */
  acceptRefreshTrap?: boolean;
}

export interface TokenExchangeRequest {
  /** The workspace whose run list gets the run (the sandbox connection is in every one); the default when absent. */
  workspaceId?: string;
  connectionId: string;
  clientId: string;
  /** A Logto PAT (pat_…) or any token; it crosses once, to the main side, and is masked in the timeline. */
  subjectToken: string;
  subjectTokenType: string;
  actorToken?: string;
  actorTokenType?: string;
  resources: string[];
  scope: string;
  organizationId?: string;
}

export interface RevealedRun {
  runId: string;
  tokenResponse?: Record<string, unknown>;
  timeline: TimelineEntry[];
}

export interface FlowApi {
  /** RFC 6749 §4.1 + PKCE S256: the URL to open in the system browser; the redirect comes back by scheme or loopback. */
  startAuthorization(request: StartAuthorizationRequest): Promise<StartAuthorizationResult>;
  /** Waits (up to ~25 s per call) for the redirect of the sign-in started with `state` (or a device flow's `deviceId`). */
  awaitAuthorization(request: { state: string }): Promise<AwaitAuthorizationResult>;
  /** The redirected URL pasted by the user; refused with a message when its state matches no pending sign-in. */
  completeAuthorization(request: { callbackUrl: string }): Promise<FlowResult>;
  /** RFC 6749 §6 with resource, scope and organization_id, using a run's refresh token; the refresh trap is checked first. */
  runRefresh(request: RefreshRequest): Promise<FlowResult>;
  /** RFC 8693 token exchange (Logto PAT preset: subjectTokenType urn:logto:token-type:personal_access_token). */
  runTokenExchange(request: TokenExchangeRequest): Promise<FlowResult>;
  /** A run's raw tokens and timeline, for the user who clicked reveal. */
  revealRun(request: { runId: string }): Promise<RevealedRun>;
  /** Userinfo, introspection or revocation with a token a run received (it stays on the main side). */
  callTokenEndpoint(request: { runId: string; operation: TokenOperation; token?: 'access_token' | 'refresh_token' }): Promise<EndpointResult>;
  /** RFC 8628 device authorization: the user code to show; Tokenscope polls the token endpoint meanwhile. */
  startDeviceAuthorization(request: DeviceAuthorizationRequest): Promise<StartDeviceAuthorizationResult>;
  /**
   * Stops a sign-in or device flow still waiting under `state` (a device flow's `deviceId`): it ends at once with
   * `cancelled`, a late redirect for it is refused, and a device flow stops polling the server.
   */
  cancelAuthorization(request: { state: string }): Promise<{ cancelled: boolean }>;
  /** OpenID Connect RP-Initiated Logout: the URL that ends the session of a run's sign-in (open it in the browser). */
  endSession(request: { runId: string; redirect?: 'custom-scheme' | 'loopback' }): Promise<{ url: string }>;
}

export const FLOW_API_METHODS = [
  'startAuthorization',
  'awaitAuthorization',
  'completeAuthorization',
  'runRefresh',
  'runTokenExchange',
  'revealRun',
  'callTokenEndpoint',
  'endSession',
  'startDeviceAuthorization',
  'cancelAuthorization',
] as const satisfies readonly (keyof FlowApi)[];

const text = (max = 4000) => ({ type: 'string', maxLength: max });
const nonEmpty = { type: 'string', minLength: 1, maxLength: 4000 };
const workspaceId = { type: 'string', minLength: 1, maxLength: 200 };
const resources = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 2000 }, maxItems: 20 };

/** JSON Schemas of the flow calls' arguments, merged into API_ARGUMENT_SCHEMAS. */
export const FLOW_ARGUMENT_SCHEMAS: Record<keyof FlowApi, Record<string, unknown>> = {
  startAuthorization: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId', 'clientId', 'resources', 'scope'],
    properties: {
      workspaceId,
      connectionId: nonEmpty,
      clientId: nonEmpty,
      resources,
      scope: text(),
      prompt: text(100),
      loginHint: text(500),
      organizationId: text(500),
      extraParams: { type: 'object', additionalProperties: text(), maxProperties: 30 },
      tokenResource: text(2000),
      redirect: { enum: ['custom-scheme', 'loopback'] },
      par: { type: 'boolean' },
      dpop: { type: 'boolean' },
      inAppWindow: { type: 'boolean' },
    },
  },
  awaitAuthorization: { type: 'object', additionalProperties: false, required: ['state'], properties: { state: nonEmpty } },
  completeAuthorization: { type: 'object', additionalProperties: false, required: ['callbackUrl'], properties: { callbackUrl: { type: 'string', minLength: 1, maxLength: 16_000 } } },
  runRefresh: {
    type: 'object',
    additionalProperties: false,
    required: ['fromRunId', 'resources', 'scope'],
    properties: { fromRunId: nonEmpty, resources, scope: text(), organizationId: text(500), acceptRefreshTrap: { type: 'boolean' } },
  },
  runTokenExchange: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId', 'clientId', 'subjectToken', 'subjectTokenType', 'resources', 'scope'],
    properties: {
      workspaceId,
      connectionId: nonEmpty,
      clientId: nonEmpty,
      subjectToken: { type: 'string', minLength: 1, maxLength: 100_000 },
      subjectTokenType: nonEmpty,
      actorToken: { type: 'string', maxLength: 100_000 },
      actorTokenType: text(),
      resources,
      scope: text(),
      organizationId: text(500),
    },
  },
  revealRun: { type: 'object', additionalProperties: false, required: ['runId'], properties: { runId: nonEmpty } },
  callTokenEndpoint: {
    type: 'object',
    additionalProperties: false,
    required: ['runId', 'operation'],
    properties: { runId: nonEmpty, operation: { enum: ['userinfo', 'introspect', 'revoke'] }, token: { enum: ['access_token', 'refresh_token'] } },
  },
  startDeviceAuthorization: {
    type: 'object',
    additionalProperties: false,
    required: ['connectionId', 'clientId', 'resources', 'scope'],
    properties: { workspaceId, connectionId: nonEmpty, clientId: nonEmpty, resources, scope: text(), organizationId: text(500) },
  },
  cancelAuthorization: {
    type: 'object',
    additionalProperties: false,
    required: ['state'],
    properties: { state: nonEmpty },
  },
  endSession: {
    type: 'object',
    additionalProperties: false,
    required: ['runId'],
    properties: { runId: nonEmpty, redirect: { enum: ['custom-scheme', 'loopback'] } },
  },
};
