/**
 * Turns a token endpoint error (RFC 6749 §5.2) into what happened and what to change, in the words of someone
 * who knows Logto (../shared/reference/logto-behaviour.md). Pure, so every message is unit-tested.
 */
export interface TokenErrorContext {
  grant: string;
  resources: string[];
  scope: string;
  clientId: string;
  issuer: string;
}

export interface TokenErrorInput {
  error: string;
  errorDescription?: string;
  status?: number;
}

export interface Explained {
  explanation: string;
  fix: string;
}

const list = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

export function explainTokenError(input: TokenErrorInput, context: TokenErrorContext): Explained {
  const description = (input.errorDescription ?? '').toLowerCase();
  switch (input.error) {
    case 'invalid_target': {
      if (description.includes('single resource') || (context.grant === 'client_credentials' && context.resources.length > 1)) {
        return {
          explanation: `You asked for ${context.resources.length} resources (${list(context.resources)}) in one ${context.grant} request; Logto issues a client credentials token for exactly one API resource (RFC 8707 §2 lets a server refuse this).`,
          fix: 'Send one resource per request, and make one request for each API.',
        };
      }
      if (context.resources.length === 0) {
        return {
          explanation: 'No resource was sent and the server has no default API resource to fall back to, so it does not know which API the token is for.',
          fix: 'Add the API resource indicator (the identifier registered under API resources) as the resource, or set a default API resource on the server.',
        };
      }
      return {
        explanation: `The server does not know ${list(context.resources)} as an API resource, or this client may not ask for it here (RFC 8707 §2 invalid_target).`,
        fix: `Register ${list(context.resources)} as an API resource (Logto Console → API resources) with exactly this indicator — scheme, host, path and trailing slash must match — or remove it from the request.`,
      };
    }
    case 'invalid_scope':
      return {
        explanation: `The server refused the scope "${context.scope}": it asked for something the client or grant may not have (RFC 6749 §5.2).`,
        fix: 'Request only permissions defined on the API resource you sent, or, on a refresh, only scopes granted at sign-in.',
      };
    case 'invalid_client':
      if (input.status === 401 || description.includes('authentication failed')) {
        return {
          explanation: `The server knows client ${context.clientId} but did not accept its credentials.`,
          fix: 'Check the client secret (copy it again from the application\'s page) and the client authentication method (client_secret_basic or client_secret_post).',
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
        fix: context.grant === 'client_credentials'
          ? 'Use a machine-to-machine application for client credentials; user-facing apps (SPA, native, traditional web) cannot use it.'
          : 'Use an application type that allows this grant, or enable the grant for the application.',
      };
    case 'invalid_request':
      if (description.includes('grant type is not allowed')) {
        return {
          explanation: `The application ${context.clientId} is not allowed the ${context.grant} grant.`,
          fix: context.grant.includes('token-exchange')
            ? 'Switch on token exchange for the application (Logto: customClientMetadata.allowTokenExchange), or use an app that has it.'
            : 'Use a machine-to-machine application for client credentials.',
        };
      }
      return {
        explanation: `The server found the request malformed: ${input.errorDescription ?? 'no description given'}.`,
        fix: 'Check the parameters named in the description; the HTTP timeline shows exactly what was sent.',
      };
    case 'invalid_grant':
      return {
        explanation: 'The grant (code, refresh token or subject token) is invalid, expired, already used, or was issued to another client.',
        fix: 'Start the flow again to get a fresh code or token; reusing a rotated refresh token revokes the whole grant.',
      };
    case 'access_denied':
      return {
        explanation: `The server denied access: ${input.errorDescription ?? 'no reason given'}.`,
        fix: 'Check that the user or app is a member of the organization and has the roles the request needs.',
      };
    default:
      return {
        explanation: `The server answered ${input.status ?? ''} ${input.error}${input.errorDescription ? `: ${input.errorDescription}` : ''}.`.replace('  ', ' '),
        fix: 'Look at the request and response in the timeline; the error code is defined in RFC 6749 §5.2 or the server\'s documentation.',
      };
  }
}
