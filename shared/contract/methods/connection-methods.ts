/** The connections of a workspace: servers to run flows against, their clients, and what runs taught about them. */
import { Type, type Static } from '@sinclair/typebox';
import { method, OneOf, NoArgument, returns, StringEnum, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import type { ConnectionSummary } from '../connection.js';
import type { ConnectionKnowledge } from '../connection-knowledge.js';

export const WorkspaceId = () => Type.String({ minLength: 1, maxLength: L.id });
export const ConnectionId = () => Type.String({ minLength: 1, maxLength: L.id });
const ClientId = () => Type.String({ minLength: 1, maxLength: L.clientId });
const Name = () => Type.String({ maxLength: L.name });
/** Logto's application types. */
export const CLIENT_KINDS = ['m2m', 'native', 'spa', 'traditional'] as const;
/** RFC 6749 §2.3 / OIDC Core §9. */
export const CLIENT_AUTH_METHODS = ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'] as const;
const ClientKind = () => StringEnum(CLIENT_KINDS);
const AuthMethod = () => StringEnum(CLIENT_AUTH_METHODS);
const closed = { additionalProperties: false } as const;
/** A client's type (Logto's) and how it authenticates (RFC 6749 §2.3): stated when it is added, changed one by one. */
const clientSettings = () => ({ kind: ClientKind(), authMethod: AuthMethod() });

/**
 * A saved connection, named by its id in the workspace given, which it must belong to (a form never reaches into
 * another workspace's connection); the default workspace when absent.
 */
export const inConnection = () => ({ workspaceId: Type.Optional(WorkspaceId()), connectionId: ConnectionId() });

/** Adds a server to run flows against: an issuer, or a Logto endpoint (issuer = endpoint + /oidc). */
const AddConnectionArgument = Type.Object(
  {
    /** The workspace the connection belongs to; the default one when absent. */
    workspaceId: Type.Optional(WorkspaceId()),
    name: Type.Optional(Name()),
    /** Exactly one of issuer and logtoEndpoint. Plain http:// only for loopback. */
    issuer: Type.Optional(Type.String({ minLength: 1, maxLength: L.url })),
    logtoEndpoint: Type.Optional(Type.String({ minLength: 1, maxLength: L.url })),
    client: Type.Object(
      {
        clientId: ClientId(),
        name: Type.Optional(Name()),
        ...clientSettings(),
        /** Goes to the vault, never to the connections file. */
        clientSecret: Type.Optional(Type.String({ maxLength: L.clientSecret })),
        /** private_key_jwt (RFC 7523 §2.2): "generate" an ES256 key, or the private key as a JWK or PKCS#8 PEM. */
        privateKey: Type.Optional(Type.String({ maxLength: L.privateKey })),
      },
      closed,
    ),
  },
  closed,
);
export type AddConnectionRequest = Static<typeof AddConnectionArgument>;

/**
 * Changes a saved connection: its name, or one client's id, type, authentication or secret (a wrong secret fixed
 * without removing the connection). Absent fields keep their value; a new secret goes to the vault only.
 */
const EditConnectionArgument = Type.Object(
  {
    ...inConnection(),
    name: Type.Optional(Name()),
    client: Type.Optional(
      Type.Object(
        {
          /** The client to change. */
          clientId: ClientId(),
          newClientId: Type.Optional(ClientId()),
          ...Type.Partial(Type.Object(clientSettings())).properties,
          /** client_secret_basic/post: the secret; private_key_jwt: "generate", a JWK (JSON) or a PKCS#8 PEM. */
          secret: Type.Optional(Type.String({ maxLength: L.privateKey })),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type EditConnectionRequest = Static<typeof EditConnectionArgument>;

/** A client's secret entered again (after an import, or a memory-only vault's restart): it goes to the vault only. */
const SetClientSecretArgument = Type.Object(
  {
    ...inConnection(),
    clientId: ClientId(),
    /** client_secret_basic/post: the secret. private_key_jwt: "generate", or the private key (JWK or PKCS#8 PEM). */
    secret: Type.String({ maxLength: L.privateKey }),
  },
  closed,
);
export type SetClientSecretRequest = Static<typeof SetClientSecretArgument>;

const ConnectionKnowledgeArgument = Type.Object(inConnection(), closed);
export type ConnectionKnowledgeRequest = Static<typeof ConnectionKnowledgeArgument>;

/** Null or `{ workspaceId? }`: the default workspace when absent. */
export const InWorkspace = () =>
  OneOf([NoArgument(), Type.Object({ workspaceId: Type.Optional(WorkspaceId()) }, closed)]);

export const CONNECTION_METHODS = {
  /** A workspace's connections (the default workspace's without an argument); the built-in sandbox is always first. */
  listConnections: method(InWorkspace(), returns<ConnectionSummary[]>()),
  /** Discovers the issuer, then saves the connection (secrets to the vault); refused with the reason when it fails. */
  addConnection: method(AddConnectionArgument, returns<ConnectionSummary>()),
  removeConnection: method(Type.Object({ id: Type.String({ minLength: 1 }) }, closed), returns<void>()),
  /** Renames a saved connection or changes one of its clients (id, type, authentication, secret). */
  editConnection: method(EditConnectionArgument, returns<ConnectionSummary>()),
  /** The resources and scopes used on a connection (no secrets), learned by the main side from every run sent. */
  getConnectionKnowledge: method(ConnectionKnowledgeArgument, returns<ConnectionKnowledge>()),
  /** Puts a client's secret (or private key) in the vault, e.g. after an import, which never carries one. */
  setClientSecret: method(SetClientSecretArgument, returns<ConnectionSummary>()),
};

export type ConnectionApi = ApiOf<typeof CONNECTION_METHODS>;
