import type { ClientCredentials } from './issuer-discovery.js';
import type { RunStore } from './run-store.js';

/** What a grant's token request names, whichever grant it is: the server, the client, the APIs and scopes. */
export interface TokenRequestInput {
  issuer: string;
  client: ClientCredentials;
  /** RFC 8707 §2: the APIs the token is for; `resource` may be sent more than once. */
  resources: string[];
  /** RFC 6749 §3.3: space-separated. */
  scope: string;
  /** Logto: an organization token (aud = urn:logto:organization:<id>, or the resource with an organization_id claim). */
  organizationId?: string;
  /** Where the run keeps its secrets for reveal and later token operations. */
  runs?: RunStore;
}
