import type { ApiResourceSummary, ClientSummary } from '../../../shared/contract/connection.js';

/** A sandbox client as the main side sees it: the secret stays here and never crosses the contract. */
export interface SandboxClient extends ClientSummary {
  clientSecret?: string;
}

/** A running sandbox authorization server, bound to loopback. */
export interface SandboxHandle {
  /** e.g. http://127.0.0.1:51234/oidc (Logto's layout: issuer = origin + /oidc). */
  issuer: string;
  origin: string;
  port: number;
  resources: ApiResourceSummary[];
  clients: SandboxClient[];
  close(): Promise<void>;
}

export interface StartSandboxOptions {
  /** 0 or absent: a random free port. */
  port?: number;
}
