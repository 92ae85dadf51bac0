// oidc-provider 9 ships no types; this declares only the surface the sandbox uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type UnknownObject = Record<string, unknown>;

  export interface OidcClient {
    clientId: string;
    scope?: string;
    grantTypeAllowed(grant: string): boolean;
    [key: string]: unknown;
  }

  export interface OidcContext {
    route: string;
    params: Record<string, unknown> & { resource?: string | string[]; scope?: string; grant_type?: string };
    client?: OidcClient;
    provider: Provider;
    entities: Record<string, unknown>;
    entity(name: string, value: unknown): void;
    session?: { accountId?: string };
    [key: string]: unknown;
  }

  export interface KoaContextWithOIDC {
    oidc: OidcContext;
    method: string;
    path: string;
    status: number;
    body: unknown;
    headers: Record<string, string | string[] | undefined>;
    req: IncomingMessage;
    res: ServerResponse;
    set(name: string, value: string): void;
    get(name: string): string;
    remove(name: string): void;
    [key: string]: unknown;
  }

  export type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;

  export interface AdapterPayload extends UnknownObject {
    grantId?: string;
    userCode?: string;
    uid?: string;
    consumed?: number;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[]; details: UnknownObject };
    params: UnknownObject;
    session?: { accountId: string };
    grantId?: string;
    lastSubmission?: UnknownObject;
  }

  export interface Grant {
    jti: string;
    accountId?: string;
    clientId?: string;
    openid?: { scope?: string; claims?: string[] };
    resources?: Record<string, string>;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    rejectResourceScope(resource: string, scope: string): void;
    rejectOIDCScope(scope: string): void;
    getOIDCScope(): string;
    getResourceScope(resource: string): string;
    save(): Promise<string>;
  }

  export interface GrantConstructor {
    new (init: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface BaseToken extends UnknownObject {
    jti: string;
    accountId?: string;
    clientId?: string;
    scope?: string;
    grantId?: string;
    expiresAt?: number;
    resourceServer?: unknown;
    extra?: UnknownObject;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface TokenModel<T extends BaseToken = BaseToken> {
    new (init: UnknownObject): T;
    find(value: string, options?: UnknownObject): Promise<T | undefined>;
  }

  export interface ResourceServerConstructor {
    new (identifier: string, info: UnknownObject): UnknownObject;
  }

  export class Provider {
    constructor(issuer: string, configuration: UnknownObject);
    issuer: string;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: Middleware): void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: UnknownObject,
      options?: UnknownObject,
    ): Promise<void>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: UnknownObject,
      options?: UnknownObject,
    ): Promise<string>;
    registerGrantType(
      name: string,
      handler: (ctx: KoaContextWithOIDC) => Promise<void>,
      params?: string[] | Set<string>,
      dupes?: string[] | Set<string>,
    ): void;
    Grant: GrantConstructor;
    AccessToken: TokenModel;
    ClientCredentials: TokenModel;
    RefreshToken: TokenModel;
    ResourceServer: ResourceServerConstructor;
    Client: { find(id: string): Promise<(OidcClient & { clientName?: string }) | undefined> };
  }

  export class OIDCProviderError extends Error {
    constructor(status: number, message: string);
    error: string;
    error_description?: string;
    status: number;
    statusCode: number;
    expose: boolean;
  }

  type ErrorClass = new (description?: string, detail?: string) => OIDCProviderError;

  export const errors: {
    OIDCProviderError: typeof OIDCProviderError;
    InvalidTarget: ErrorClass;
    InvalidGrant: ErrorClass;
    InvalidRequest: ErrorClass;
    InvalidScope: ErrorClass;
    InvalidClient: ErrorClass;
    AccessDenied: ErrorClass;
    InsufficientScope: ErrorClass;
    UnauthorizedClient: ErrorClass;
    [name: string]: ErrorClass | typeof OIDCProviderError;
  };

  export default Provider;
}
