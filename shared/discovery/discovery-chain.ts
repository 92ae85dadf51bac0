/** Start from an API URL: the pure half of the chain (RFC 9728, RFC 8414, RFC 7591), one concept per file. */
export * from './chain-step.js';
export * from './api-url.js';
export * from './api-challenge.js';
export * from './metadata-candidates.js';
export * from './resource-metadata.js';
export * from './resource-match.js';
export * from './authorization-server.js';
export * from './authorization-server-metadata.js';
export * from './client-step.js';
export * from './offered-scopes.js';
export * from './final-call.js';
export * from './well-known-url.js';
