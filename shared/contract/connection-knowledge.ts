/**
 * What Tokenscope learned about a connection from the runs made on it: the API resources (RFC 8707) and scopes a
 * user asked for, so every grant's pickers offer them on a server whose resources Tokenscope cannot list. Names
 * only, never a secret.
 */
export interface KnownResource {
  indicator: string;
  /** Scopes asked for (or granted) with this resource alone, in the order first seen. */
  scopes: string[];
}

export interface ConnectionKnowledge {
  connectionId: string;
  resources: KnownResource[];
  /** Every scope asked for on the connection, with or without a resource. */
  scopes: string[];
}

export type { ConnectionKnowledgeRequest } from './methods/connection-methods.js';
