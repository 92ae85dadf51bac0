/**
 * Turns a token endpoint error (RFC 6749 §5.2) into what happened and what to change, in the words of someone
 * who knows Logto (its documented behaviour, docs.logto.io), and saying so where another server may differ. Pure, so
 * every message is unit-tested.
 */
import type { ClientAuthMethod } from '../contract/connection.js';
import { DEVICE_CODE_GRANT, TOKEN_EXCHANGE_GRANT } from '../oauth/grant-types.js';
import { spentAfterFailedRefresh, type RotationVerdict } from '../flows/refresh-rotation.js';
import type { ServerFamily } from '../flows/server-family.js';

export interface TokenErrorContext {
  grant: string;
  resources: string[];
  scope: string;
  clientId: string;
  issuer: string;
  /** The bound each request had, when the flow set one other than REQUEST_TIMEOUT_SECONDS. */
  timeoutSeconds?: number;
  /** How the client authenticated (RFC 6749 §2.3, OIDC Core §9): invalid_client means a wrong key, not a wrong secret, for private_key_jwt. */
  authMethod?: ClientAuthMethod;
  /** Which server's rules apply (from its discovery document), once discovery has answered. */
  serverFamily?: ServerFamily;
  /** A refresh by a public client (no secret, no key). */
  publicClient?: boolean;
  /**
   * RFC 9449: whether the refresh token is known to be DPoP-bound, whether the request carried a proof, and whether
   * the server's discovery document offers DPoP (dpop_signing_alg_values_supported).
   */
  dpop?: { bound: boolean; proofSent: boolean; serverOffers?: boolean };
  /** What an earlier refresh of this refresh token (or the one it replaced) answered. */
  earlierRotation?: RotationVerdict;
}

export interface TokenErrorInput {
  error: string;
  errorDescription?: string;
  status?: number;
  /** Where the error came from: the redirect back from /auth (RFC 6749 §4.1.2.1) or the token endpoint (§5.2). */
  stage?: 'authorize' | 'token';
}

export interface Explained {
  explanation: string;
  fix: string;
}

const list = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

const isExchange = (grant: string) => grant === 'token_exchange' || grant === TOKEN_EXCHANGE_GRANT;

/** Ours is "device_code"; the grant_type on the wire is DEVICE_CODE_GRANT (RFC 8628 §3.4). */
const isDevice = (grant: string) => grant === 'device_code' || grant === DEVICE_CODE_GRANT;

const saidByServer = (input: TokenErrorInput) =>
  input.errorDescription ? ` (the server said: "${input.errorDescription}")` : '';

/** invalid_grant means something different for each grant (RFC 6749 §5.2, RFC 8693 §2.2.2). */
function explainInvalidGrant(input: TokenErrorInput, context: TokenErrorContext): Explained {
  const description = (input.errorDescription ?? '').toLowerCase();
  if (context.grant === 'authorization_code') {
    if (description.includes('pkce') || description.includes('code_verifier')) {
      return {
        explanation:
          'The code_verifier does not match the code_challenge sent at sign-in (RFC 7636 §4.6): the code was started by another attempt.',
        fix: 'Start the sign-in again; redeem each code with the verifier created for it.',
      };
    }
    return {
      explanation:
        'The authorization code was refused: it expired (Logto and oidc-provider give it 60 seconds), was already redeemed, was issued to another client or redirect URI, or its PKCE verifier does not match (RFC 7636 §4.6).',
      fix: 'Start the sign-in again and let Tokenscope redeem the code as soon as the redirect comes back; never reuse a code.',
    };
  }
  if (context.grant === 'refresh_token') return explainRefreshInvalidGrant(input, context);
  if (isExchange(context.grant)) {
    return {
      explanation:
        'The subject token was refused: a personal access token that is unknown, expired or deleted, an impersonation token already used or past its 600 s, or an access token from another tenant.',
      fix: 'Create a new personal access token (Logto Console → Users → the user → Personal access tokens, or POST /api/users/:id/personal-access-tokens) and send it as subject_token; check subject_token_type matches it.',
    };
  }
  return {
    explanation:
      'The grant (code, refresh token or subject token) is invalid, expired, already used, or was issued to another client.',
    fix: 'Start the flow again to get a fresh code or token.',
  };
}

/**
 * RFC 9449 §5: a refresh token issued to a public client with DPoP is bound to that key, and a refresh without a
 * proof from it is refused with invalid_grant (oidc-provider: "failed jkt verification"). When that is the likelier
 * cause, say it, not "expired or reused".
 */
function explainRefreshInvalidGrant(input: TokenErrorInput, context: TokenErrorContext): Explained {
  const description = (input.errorDescription ?? '').toLowerCase();
  const proofNamed = /jkt|dpop/.test(description);
  if (proofNamed || (context.dpop?.bound && !context.dpop.proofSent)) {
    const sent = context.dpop?.proofSent ? 'carried a DPoP proof from another key' : 'carried no DPoP proof';
    return {
      explanation: `The refresh token is bound to a DPoP key (RFC 9449 §5: a public client's refresh token is bound to the key it was issued with) and this refresh ${proofNamed && context.dpop === undefined ? 'did not prove possession of that key' : sent}${saidByServer(input)}.`,
      fix: "Refresh from the run that received the token (Tokenscope then signs the proof with that run's key); a refresh token pasted on its own cannot be used with DPoP, so sign in again with DPoP and refresh from that run.",
    };
  }
  if (description.includes('already used')) {
    return {
      explanation: `This refresh token had already been used and replaced by a newer one (rotation), so the server refused it and, as the OAuth 2.0 Security BCP (RFC 9700 §4.14) allows, may have revoked the whole grant, the newer token too${saidByServer(input)}.`,
      fix: 'Sign in again, and refresh with the newest refresh token each refresh returns (Tokenscope: refresh from the latest run).',
    };
  }
  if (context.publicClient && context.dpop && !context.dpop.proofSent && context.dpop.serverOffers) {
    // Logto answers every invalid_grant with "grant request is invalid", so the description cannot tell; the setting can.
    return {
      explanation: `Most likely the refresh token is DPoP-bound and this refresh carried no DPoP proof: this server offers DPoP, and a public client's refresh token issued with DPoP is bound to that key (RFC 9449 §5)${saidByServer(input)}. If it was issued without DPoP, it has expired, been replaced by a newer one, or been revoked.`,
      fix: "Refresh from the run that received the token, so Tokenscope signs the proof with that run's key; a DPoP-bound refresh token pasted on its own cannot be used, so sign in again with DPoP and refresh from that run.",
    };
  }
  const rotation =
    context.earlierRotation === 'not_rotated'
      ? 'revoked (this server did not rotate it on the earlier refresh, so reuse is not the cause)'
      : 'already used after being rotated (when a refresh returns a new refresh token, the old one is spent; reusing it may revoke the whole grant)';
  return {
    explanation: `The refresh token was refused${saidByServer(input)}: it expired (Logto: 14 days), was ${rotation}, was spent by a refresh that failed with invalid_target on a server that rotates, the user signed out, or it is DPoP-bound (RFC 9449 §5) and the refresh did not prove its key.`,
    fix: 'Sign in again to get a fresh refresh token, and keep the newest one a refresh returns; with DPoP, refresh from the run that received the token.',
  };
}

/** Logto's 403s for organization tokens, told apart by their description. */
function explainAccessDenied(input: TokenErrorInput, context: TokenErrorContext): Explained {
  const description = (input.errorDescription ?? '').toLowerCase();
  if (description.includes('not a member')) {
    return {
      explanation:
        'The signed-in user is not a member of this organization, so no organization token can be issued for them.',
      fix: 'Add the user to the organization (Logto Console → Organizations → Members), or pick an organization they belong to.',
    };
  }
  if (
    description.includes('associated with the organization') ||
    description.includes('not granted to the application')
  ) {
    return {
      explanation: `The application ${context.clientId} has no access to this organization.`,
      fix: 'Add the application to the organization (Logto Console → Organizations → Machine-to-machine apps) or, for user apps, grant it organization access; or pick another organization.',
    };
  }
  if (description.includes('mfa')) {
    return {
      explanation: 'The organization requires multi-factor authentication and the user has none set up.',
      fix: 'Have the user set up MFA, then sign in again.',
    };
  }
  // RFC 8628 §3.5: while polling, access_denied means the user refused on the verification pages, not a membership.
  if (isDevice(context.grant)) {
    return {
      explanation: `The user refused the device sign-in: they chose Deny on the device confirmation page or cancelled the sign-in, so the server answered the polling with access_denied (RFC 8628 §3.5)${saidByServer(input)}.`,
      fix: 'Start the device flow again, open the verification page, check that the code there is the one Tokenscope shows and choose Continue, then sign in and authorize.',
    };
  }
  if (input.stage === 'authorize') {
    return {
      explanation: `The sign-in ended without consent: ${input.errorDescription ?? 'the user cancelled or the server refused'}.`,
      fix: 'Start the sign-in again and approve the request, or check the app is allowed for this user.',
    };
  }
  return {
    explanation: `The server denied access: ${input.errorDescription ?? 'no reason given'}.`,
    fix: 'Check that the user or app is a member of the organization and has the roles the request needs.',
  };
}

export function explainTokenError(input: TokenErrorInput, context: TokenErrorContext): Explained {
  const description = (input.errorDescription ?? '').toLowerCase();
  switch (input.error) {
    case 'invalid_target': {
      if (
        description.includes('single resource') ||
        (context.grant === 'client_credentials' && context.resources.length > 1)
      ) {
        return {
          explanation: `You asked for ${context.resources.length} resources (${list(context.resources)}) in one ${context.grant} request; Logto issues a client credentials token for exactly one API resource (RFC 8707 §2 lets a server refuse this).`,
          fix: 'Send one resource per request, and make one request for each API.',
        };
      }
      if (context.grant === 'refresh_token') {
        const spent = spentAfterFailedRefresh({
          family: context.serverFamily ?? { kind: 'other', why: 'discovery did not answer' },
          publicClient: context.publicClient ?? context.authMethod === 'none',
          dpopBound: context.dpop?.bound ?? false,
          earlier: context.earlierRotation,
        });
        return {
          explanation: `${list(context.resources)} was not granted at sign-in, or the server does not know it (RFC 8707 §2.2: a refresh may only narrow the resources). ${spent.why}`,
          fix: `Sign in again asking for ${list(context.resources)} at /auth (and offline_access), then refresh with it; or refresh without a resource, or with one granted at sign-in.`,
        };
      }
      if (context.grant === 'authorization_code' && input.stage !== 'authorize' && context.resources.length > 0) {
        return {
          explanation:
            'The token request asked for a resource that was not in the sign-in request, or the server does not know one of the resources (RFC 8707 §2.2: the token request may only narrow what /auth asked for).',
          fix: `Ask for the resource at sign-in too (the sign-in sent ${list(context.resources)}), or leave the token request's resource empty.`,
        };
      }
      if (context.resources.length === 0) {
        return {
          explanation:
            'No resource was sent and the server has no default API resource to fall back to, so it does not know which API the token is for.',
          fix: 'Add the API resource indicator (the identifier registered under API resources) as the resource, or set a default API resource on the server.',
        };
      }
      return {
        explanation: `The server does not know ${list(context.resources)} as an API resource, or this client may not ask for it here (RFC 8707 §2 invalid_target).`,
        fix: `Register ${list(context.resources)} as an API resource (Logto Console → API resources) with exactly this indicator — scheme, host, path and trailing slash must match — or remove it from the request.`,
      };
    }
    case 'invalid_scope':
      if (context.grant === 'refresh_token' || description.includes('refresh token missing')) {
        return {
          explanation: `The refresh asked for "${context.scope}", which goes beyond what was granted at sign-in: a refresh may only keep or narrow the scopes (RFC 6749 §6). For organization permissions, the sign-in must also have asked for the resource urn:logto:resource:organizations.`,
          fix: 'Refresh with a subset of the scopes granted at sign-in, or sign in again asking for the extra scopes (and, for organization permissions, the urn:logto:resource:organizations resource).',
        };
      }
      return {
        explanation: `The server refused the scope "${context.scope}": it asked for something the client or grant may not have (RFC 6749 §5.2).`,
        fix: 'Request only permissions defined on the API resource you sent, or, on a refresh, only scopes granted at sign-in.',
      };
    case 'invalid_client':
      if (description.includes('token exchange is not allowed')) {
        return {
          explanation: `The application ${context.clientId} does not have token exchange switched on (older Logto answers invalid_client here).`,
          fix: 'Switch on token exchange for the application (PATCH /api/applications/:id with customClientMetadata.allowTokenExchange: true), or use an app that has it.',
        };
      }
      if (
        (input.status === 401 || description.includes('authentication failed')) &&
        context.authMethod === 'private_key_jwt'
      ) {
        // RFC 7523 §3 / OIDC Core §9: the server checks the assertion's signature against the keys registered for
        // the client, its iss/sub (the client id) and aud; oidc-provider says only "client authentication failed".
        return {
          explanation: `The server knows client ${context.clientId} but did not accept its client assertion, the JWT Tokenscope signs with the client's private key (private_key_jwt, RFC 7523 §2.2).`,
          fix: `Check the key, not a secret: the public key registered for ${context.clientId} at the server (its JWKS; in Logto the application's settings, in the sandbox the app's jwks in the world) must be the public half of the private key Tokenscope holds for this client, with the same kid and alg, and the application must be set to private_key_jwt. The assertion's aud is the issuer ${context.issuer} (some servers want the token endpoint). After generating a new key, register its public JWK (shown under the connection's client) again.`,
        };
      }
      if (input.status === 401 || description.includes('authentication failed')) {
        // RFC 6749 §2.3.1: Basic credentials are form-encoded first (openid-client sends "-" as "%2D"); some servers skip the decoding.
        const basic =
          context.authMethod === 'client_secret_basic'
            ? ' With client_secret_basic, a server that does not form-decode the Basic credentials (RFC 6749 §2.3.1) also refuses a right secret that has characters such as "-": client_secret_post sends it as it is.'
            : '';
        return {
          explanation: `The server knows client ${context.clientId} but did not accept its credentials.${basic}`,
          fix: "Check the client secret (copy it again from the application's page) and the client authentication method (client_secret_basic or client_secret_post).",
        };
      }
      return {
        explanation: `The server does not know the client ${context.clientId} at ${context.issuer}.`,
        fix: 'Check the client (App) ID, and that the connection points at the tenant where the application was created.',
      };
    case 'unauthorized_client':
    case 'unsupported_grant_type':
      return {
        explanation: `The application ${context.clientId} may not use the ${context.grant} grant.`,
        fix:
          context.grant === 'client_credentials'
            ? 'Use a machine-to-machine application for client credentials; user-facing apps (SPA, native, traditional web) cannot use it.'
            : 'Use an application type that allows this grant, or enable the grant for the application.',
      };
    case 'invalid_request':
      if (description.includes('code_challenge_method')) {
        return {
          explanation: 'The server accepts only S256 for PKCE (Logto: code_challenge_methods_supported is ["S256"]).',
          fix: 'Send code_challenge_method=S256 with a SHA-256 challenge (RFC 7636 §4.2); Tokenscope does this unless an extra parameter overrides it.',
        };
      }
      if (description.includes('grant type is not allowed')) {
        return {
          explanation: `The application ${context.clientId} is not allowed the ${context.grant} grant.`,
          fix: isExchange(context.grant)
            ? 'Switch on token exchange for the application (Logto: customClientMetadata.allowTokenExchange), or use an app that has it.'
            : 'Use a machine-to-machine application for client credentials.',
        };
      }
      return {
        explanation: `The server found the request malformed: ${input.errorDescription ?? 'no description given'}.`,
        fix: 'Check the parameters named in the description; the HTTP timeline shows exactly what was sent.',
      };
    case 'invalid_grant':
      return explainInvalidGrant(input, context);
    case 'access_denied':
      return explainAccessDenied(input, context);
    case 'expired_token':
      return {
        explanation: `The device code expired before the user confirmed it (RFC 8628 §3.5): it is valid for the expires_in seconds the device authorization response gave${saidByServer(input)}.`,
        fix: 'Start the device flow again and have the user open the verification page, confirm the code and finish the sign-in within expires_in.',
      };
    // RFC 8628 §3.5: both mean "keep polling"; openid-client waits (adding 5 s for slow_down) and polls again.
    case 'authorization_pending':
      return {
        explanation: `The user has not confirmed the device code yet (RFC 8628 §3.5 authorization_pending). This answer means "poll again later"; Tokenscope normally keeps polling without showing it, so the polling was stopped early${saidByServer(input)}.`,
        fix: 'Start the device flow again, and let it poll while the user opens the verification page, confirms the code and signs in.',
      };
    case 'slow_down':
      return {
        explanation: `The server asked the device to poll less often (RFC 8628 §3.5 slow_down: add 5 seconds to the interval). Tokenscope normally slows down and keeps polling, so the polling was stopped early${saidByServer(input)}.`,
        fix: "Start the device flow again and let it poll at the server's interval; if this keeps happening, the server wants a longer interval than its device authorization response gave.",
      };
    case 'insufficient_scope':
      return {
        explanation:
          'The refresh token was granted without urn:logto:scope:organizations, so it cannot be turned into an organization token.',
        fix: 'Sign in again with the scopes urn:logto:scope:organizations and offline_access (prompt=consent), then refresh with organization_id.',
      };
    case 'unsupported_token_type':
      return isExchange(context.grant)
        ? {
            explanation: `The server does not exchange this subject_token_type: ${input.errorDescription ?? 'no description'} (RFC 8693 §2.2.2).`,
            fix: 'Use urn:logto:token-type:personal_access_token for a Logto PAT, or urn:ietf:params:oauth:token-type:access_token for an access token.',
          }
        : {
            explanation:
              'The server cannot introspect or revoke this token type: Logto and oidc-provider refuse JWT access tokens here (RFC 7009 §2.2.1), since they are checked locally and expire on their own.',
            fix: "Check a JWT access token with the inspector (signature against the issuer's JWKS and its claims); introspect or revoke opaque access tokens and refresh tokens only.",
          };
    case 'invalid_token':
      return {
        explanation: `The token was refused: ${input.errorDescription ?? 'invalid token'}. Logto's userinfo accepts only the opaque token issued without a resource; a resource-bound JWT is refused.`,
        fix: 'For userinfo, sign in with openid and redeem the code without a resource; for an API, send the JWT to the API itself.',
      };
    default:
      return {
        explanation:
          `The server answered ${input.status ?? ''} ${input.error}${input.errorDescription ? `: ${input.errorDescription}` : ''}.`.replace(
            '  ',
            ' ',
          ),
        fix: "Look at the request and response in the timeline; the error code is defined in RFC 6749 §5.2 or the server's documentation.",
      };
  }
}
