/**
 * Start from an API URL (RFC 9728, RFC 8414, RFC 7591): discover the chain, sign in for the API, follow it. The
 * chain's secrets (the token, a registered client's secret) stay on the main side; the renderer gets the report.
 */
import { Type } from '@sinclair/typebox';
import { method, returns, StringEnum, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { WorkspaceId } from './connection-methods.js';
import type { DiscoveryReport } from '../../discovery/discovery-report.js';

const closed = { additionalProperties: false } as const;
const Id = () => Type.String({ minLength: 1, maxLength: L.id });

export const DISCOVERY_METHODS = {
  /** Calls the URL without a token and follows its metadata to the authorization server's; nothing is saved. */
  discoverApi: method(
    Type.Object(
      {
        url: Type.String({ minLength: 1, maxLength: L.url }),
        workspaceId: Type.Optional(WorkspaceId()),
        /** One of the metadata's authorization_servers, when the user picks another than the chain's choice. */
        authorizationServer: Type.Optional(Type.String({ minLength: 1, maxLength: L.url })),
      },
      closed,
    ),
    returns<DiscoveryReport>(),
  ),
  /**
   * Picks a saved client (connectionId and clientId) or, without one, registers a client when the server offers
   * registration (saved as a connection), then starts the sign-in with resource = the API. Open `authorizationUrl`;
   * `discovery-updated` events say when the sign-in and the call with the token are done.
   */
  signInToApi: method(
    Type.Object(
      {
        discoveryId: Id(),
        connectionId: Type.Optional(Id()),
        clientId: Type.Optional(Type.String({ minLength: 1, maxLength: L.clientId })),
        scope: Type.String({ maxLength: L.text }),
        redirect: Type.Optional(StringEnum(['custom-scheme', 'loopback'])),
      },
      closed,
    ),
    returns<DiscoveryReport>(),
  ),
  /** A chain as it stands (after a `discovery-updated` event). */
  getDiscovery: method(Type.Object({ discoveryId: Id() }, closed), returns<DiscoveryReport>()),
};

export type DiscoveryApi = ApiOf<typeof DISCOVERY_METHODS>;
