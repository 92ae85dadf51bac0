/**
 * The `grant_type` values sent to a token endpoint. Written once here: the flows, the sandbox and the command line
 * all send or accept them. No imports, so the command line can load it before anything heavy.
 */

/** RFC 6749 §4.1.3. */
export const AUTHORIZATION_CODE_GRANT = 'authorization_code';
/** RFC 6749 §6. */
export const REFRESH_TOKEN_GRANT = 'refresh_token';
/** RFC 6749 §4.4.2. */
export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';
/** RFC 8693 §2.1. */
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
/** RFC 8628 §3.4. */
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
