/** Token type identifiers for token exchange (`subject_token_type`, `actor_token_type`, `issued_token_type`). */

/** RFC 8693 §3. */
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
/** RFC 8693 §3. */
export const REFRESH_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:refresh_token';
/** RFC 8693 §3. */
export const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
/** RFC 8693 §3. */
export const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** Logto's personal access token as a subject token (Logto docs: "Personal access tokens", token exchange). */
export const PAT_TOKEN_TYPE = 'urn:logto:token-type:personal_access_token';
