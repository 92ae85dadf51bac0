/**
 * An answer that is not what OAuth asks for at that endpoint: a status without a JSON error body (RFC 6749 §5.2),
 * or a discovery document that is not there (OpenID Connect Discovery 1.0 §4). Said with the status and content
 * type that came back, and the likeliest cause for that endpoint. Pure, unit-tested.
 */
import type { Explained } from './explain-token-error.js';
import type { SeenAnswer } from './explain-client-error.js';

const DISCOVERY_PATHS = ['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server'];

function body(contentType: string | undefined): string {
  return contentType ? `content-type ${contentType}` : 'no content-type';
}

function isDiscovery(url: string | undefined): boolean {
  const path = url ? (URL.parse(url)?.pathname ?? '') : '';
  return DISCOVERY_PATHS.some((p) => path.endsWith(p));
}

function discoveryAnswer(seen: SeenAnswer & { status: number }, issuer: string): Explained & { error: string } {
  const where = seen.url ?? `${issuer}/.well-known/openid-configuration`;
  const what =
    seen.status === 200
      ? `answered 200 with ${body(seen.contentType)}, not the JSON discovery document`
      : `answered HTTP ${seen.status} (${body(seen.contentType)}), not 200 with the discovery document`;
  const cause =
    seen.status === 404
      ? 'Nothing is published there: the URL is not an OpenID Connect issuer, or misses part of its path.'
      : seen.status === 401 || seen.status === 403
        ? 'Something in front of it (a login, a proxy or a firewall) refuses the request.'
        : seen.status >= 500
          ? 'The server failed.'
          : seen.status === 200
            ? 'The URL is a website, not an OpenID Connect issuer.'
            : 'This is not an OpenID Connect issuer as given.';
  return {
    error: seen.status === 200 ? 'not_json' : 'discovery_failed',
    explanation: `${where} ${what} (OpenID Connect Discovery 1.0 §4). ${cause}`,
    fix: `Check the issuer URL: for Logto it is the endpoint followed by /oidc (https://<tenant>.logto.app/oidc); for other servers the issuer their documentation names (often with a path such as /realms/<name> or /tenant/<id>). Open ${where} in a browser: it must show JSON whose "issuer" is the URL you entered.`,
  };
}

/** A 401 or 403 with no OAuth error body at an endpoint where the client authenticates. */
function clientAuthAnswer(seen: SeenAnswer & { status: number }, where: string): Explained & { error: string } {
  const basic = seen.authMethod === 'client_secret_basic';
  const basicNote = basic
    ? ' With client_secret_basic this also happens on servers that do not form-decode the credentials: RFC 6749 §2.3.1 has the client form-encode the client id and secret before Base64, and openid-client does (a "-" is sent as "%2D"), so a server that skips the decoding sees another secret.'
    : '';
  return {
    error: `http_${seen.status}`,
    explanation: `${where} answered HTTP ${seen.status} with ${body(seen.contentType)} and no OAuth error body (RFC 6749 §5.2 asks for JSON with an "error"), so the server did not say why. At this endpoint the likely cause is the client authentication: a wrong client secret, or an authentication method the server (or a proxy in front of it) does not take.${basicNote}`,
    fix: basic
      ? 'Switch this client to client_secret_post (the secret then travels in the form body as it is), check the secret, and compare the method with token_endpoint_auth_methods_supported in the discovery document.'
      : `Check the client secret and that the server takes ${seen.authMethod ?? 'this client authentication method'} for this client (token_endpoint_auth_methods_supported in the discovery document; client_secret_post is the widest accepted after Basic). The timeline shows the response headers, which name a proxy or firewall when one refused it.`,
  };
}

export function explainUnexpectedAnswer(
  seen: SeenAnswer & { status: number },
  issuer: string,
): Explained & { error: string } {
  if (isDiscovery(seen.url)) return discoveryAnswer(seen, issuer);
  const where = seen.url ? `The server at ${seen.url}` : 'The server';
  if (seen.status === 401 || seen.status === 403) return clientAuthAnswer(seen, where);
  return {
    error: `http_${seen.status}`,
    explanation: `${where} answered HTTP ${seen.status} with ${body(seen.contentType)} instead of an OAuth answer (RFC 6749 §5.1 success or §5.2 JSON error).`,
    fix:
      seen.status >= 500
        ? 'The server failed: try again, and check its logs; the timeline shows the body it sent.'
        : 'Look at the raw response in the timeline: an HTML page usually means a proxy, a login page or a wrong URL in the discovery document.',
  };
}
