/**
 * The flow calls of the contract: client credentials, sign-in with the system browser, device authorization,
 * refresh, token exchange and reveal. Secrets the server returns stay on the main side; the renderer names them by
 * `runId`.
 */
import { Type, type Static } from '@sinclair/typebox';
import { method, returns, StringEnum, StringMap, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { InWorkspace, WorkspaceId } from './connection-methods.js';
import type { FlowResult } from '../flow.js';
import type { RunRecord } from '../run-record.js';
import type { TimelineEntry } from '../../flows/timeline.js';
import { TOKEN_OPERATIONS, type EndpointResult } from '../../flows/endpoint-result.js';

const closed = { additionalProperties: false } as const;
const Text = (maxLength: number = L.text) => Type.String({ maxLength });
const NonEmpty = () => Type.String({ minLength: 1, maxLength: L.text });
/** RFC 8707 §2: every API the request asks for. */
const Resources = () => Type.Array(Type.String({ minLength: 1, maxLength: L.url }), { maxItems: L.resources });
const Redirect = () => StringEnum(['custom-scheme', 'loopback']);
/**
 * Which client of which connection runs a grant, and the workspace whose run list gets the run (the sandbox
 * connection is in every one); the default workspace when absent.
 */
const grantClient = () => ({
  workspaceId: Type.Optional(WorkspaceId()),
  connectionId: NonEmpty(),
  clientId: NonEmpty(),
});
/** What a grant asks for: the APIs (RFC 8707 §2), the scope (RFC 6749 §3.3) and, in Logto, the organization. */
const grantAsks = () => ({
  resources: Resources(),
  scope: Text(),
  organizationId: Type.Optional(Text(L.organizationId)),
});

const ClientCredentialsArgument = Type.Object(
  {
    connectionId: Type.String({ minLength: 1 }),
    clientId: Type.String({ minLength: 1 }),
    /** RFC 8707 §2: one or more resource indicators; Logto accepts exactly one for this grant. */
    resources: Type.Array(Type.String({ minLength: 1 }), { maxItems: L.resources }),
    /** Space-separated scopes, as RFC 6749 §3.3 writes them. */
    scope: Type.String(),
    /** Logto: an organization token for an M2M app that was added to the organization. */
    organizationId: Type.Optional(Text(L.organizationId)),
    /** RFC 9449: bind the token to a key pair the run holds (token_type DPoP, `cnf.jkt`). */
    dpop: Type.Optional(Type.Boolean()),
    /** The workspace whose run list gets the run (the sandbox is in every one); the default one when absent. */
    workspaceId: Type.Optional(WorkspaceId()),
  },
  closed,
);
export type ClientCredentialsRequest = Static<typeof ClientCredentialsArgument>;

const StartAuthorizationArgument = Type.Object(
  {
    ...grantClient(),
    ...grantAsks(),
    prompt: Type.Optional(Text(L.prompt)),
    loginHint: Type.Optional(Text(L.loginHint)),
    extraParams: Type.Optional(StringMap(Text(), L.extraParams)),
    /** The one resource the code is redeemed for (RFC 8707 §2.2); none lets the server pick. */
    tokenResource: Type.Optional(Text(L.url)),
    /** Default: the custom scheme in the desktop app, loopback in the browser host. */
    redirect: Type.Optional(Redirect()),
    /** RFC 9126 pushed authorization request. */
    par: Type.Optional(Type.Boolean()),
    /** RFC 9449 DPoP-bound tokens. */
    dpop: Type.Optional(Type.Boolean()),
    /**
     * Desktop app only: sign in inside a Tokenscope window that catches the redirect itself, for providers that
     * need it. The system browser stays the default (RFC 8252 §8.12).
     */
    inAppWindow: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type StartAuthorizationRequest = Static<typeof StartAuthorizationArgument>;

/**
 * A flow that waits for the user: what to show them until `expiresAt`; or, when it could not start (discovery or
 * the first request failed), nothing to show and the result that explains why.
 */
type FlowStart<Shown> = ({ status: 'waiting'; expiresAt: number } & Shown) | { status: 'failed'; result: FlowResult };

export type StartAuthorizationResult = FlowStart<{
  authorizationUrl: string;
  state: string;
  redirectUri: string;
  /** True when the desktop app opened its own sign-in window: the renderer opens nothing. */
  inAppWindow?: boolean;
}>;

export type AwaitAuthorizationResult =
  | { status: 'done'; result: FlowResult }
  | { status: 'waiting' }
  /** Expired, or never started; the message says what to do. */
  | { status: 'gone'; message: string };

const DeviceAuthorizationArgument = Type.Object(
  {
    ...grantClient(),
    ...grantAsks(),
  },
  closed,
);
export type DeviceAuthorizationRequest = Static<typeof DeviceAuthorizationArgument>;

/** Show `userCode` and `verificationUri`; then await the result with `awaitAuthorization({ state: deviceId })`. */
export type StartDeviceAuthorizationResult = FlowStart<{
  deviceId: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
}>;

const RefreshArgument = Type.Object(
  {
    /** The run whose refresh token to use (a sign-in or an earlier refresh). */
    fromRunId: NonEmpty(),
    ...grantAsks(),
    /** Send even though Tokenscope knows the refresh trap will spend the refresh token. */
    acceptRefreshTrap: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type RefreshRequest = Static<typeof RefreshArgument>;

const TokenExchangeArgument = Type.Object(
  {
    ...grantClient(),
    /** A Logto PAT (pat_…) or any token; it crosses once, to the main side, and is masked in the timeline. */
    subjectToken: Type.String({ minLength: 1, maxLength: L.token }),
    subjectTokenType: NonEmpty(),
    actorToken: Type.Optional(Type.String({ maxLength: L.token })),
    actorTokenType: Type.Optional(Text()),
    ...grantAsks(),
  },
  closed,
);
export type TokenExchangeRequest = Static<typeof TokenExchangeArgument>;

export interface RevealedRun {
  runId: string;
  tokenResponse?: Record<string, unknown>;
  timeline: TimelineEntry[];
}

const TokenEndpointArgument = Type.Object(
  {
    runId: NonEmpty(),
    operation: StringEnum(TOKEN_OPERATIONS),
    token: Type.Optional(StringEnum(['access_token', 'refresh_token'])),
  },
  closed,
);

const StateArgument = () => Type.Object({ state: NonEmpty() }, closed);

export const FLOW_METHODS = {
  /** RFC 6749 §4.4 client credentials, run on the main side with openid-client. */
  runClientCredentials: method(ClientCredentialsArgument, returns<FlowResult>()),
  /** A workspace's runs of every grant and connection, oldest first, masked; kept in memory on the main side. */
  listRuns: method(InWorkspace(), returns<RunRecord[]>()),
  /** RFC 6749 §4.1 + PKCE S256: the URL to open in the system browser; the redirect comes back by scheme or loopback. */
  startAuthorization: method(StartAuthorizationArgument, returns<StartAuthorizationResult>()),
  /** Waits (up to ~25 s per call) for the redirect of the sign-in started with `state` (or a device flow's `deviceId`). */
  awaitAuthorization: method(StateArgument(), returns<AwaitAuthorizationResult>()),
  /** The redirected URL pasted by the user; refused with a message when its state matches no pending sign-in. */
  completeAuthorization: method(
    Type.Object({ callbackUrl: Type.String({ minLength: 1, maxLength: L.callbackUrl }) }, closed),
    returns<FlowResult>(),
  ),
  /** RFC 6749 §6 with resource, scope and organization_id, with a run's refresh token; the refresh trap is checked first. */
  runRefresh: method(RefreshArgument, returns<FlowResult>()),
  /** RFC 8693 token exchange (Logto PAT preset: subjectTokenType urn:logto:token-type:personal_access_token). */
  runTokenExchange: method(TokenExchangeArgument, returns<FlowResult>()),
  /** A run's raw tokens and timeline, for the user who clicked reveal. */
  revealRun: method(Type.Object({ runId: NonEmpty() }, closed), returns<RevealedRun>()),
  /** Userinfo, introspection or revocation with a token a run received (it stays on the main side). */
  callTokenEndpoint: method(TokenEndpointArgument, returns<EndpointResult>()),
  /** OpenID Connect RP-Initiated Logout: the URL that ends the session of a run's sign-in (open it in the browser). */
  endSession: method(
    Type.Object({ runId: NonEmpty(), redirect: Type.Optional(Redirect()) }, closed),
    returns<{ url: string }>(),
  ),
  /** RFC 8628 device authorization: the user code to show; Tokenscope polls the token endpoint meanwhile. */
  startDeviceAuthorization: method(DeviceAuthorizationArgument, returns<StartDeviceAuthorizationResult>()),
  /**
   * Stops a sign-in or device flow still waiting under `state` (a device flow's `deviceId`): it ends at once with
   * `cancelled`, a late redirect for it is refused, and a device flow stops polling the server.
   */
  cancelAuthorization: method(StateArgument(), returns<{ cancelled: boolean }>()),
};

/** The sign-in, device, refresh, exchange, reveal and token-endpoint calls, as the flow service implements them. */
export type FlowApi = Omit<ApiOf<typeof FLOW_METHODS>, 'runClientCredentials' | 'listRuns'>;
