import type { Explained } from './explain-token-error.js';

/** How long any request to an authorization server may take (the flow engine's bound). */
export const REQUEST_TIMEOUT_SECONDS = 15;

/** Errors that never reached an OAuth answer: the server could not be reached or answered nonsense. */
/** `waitedSeconds`: the bound the request had, so the explanation says how long Tokenscope really waited. */
export function explainNetworkError(
  code: string | undefined,
  message: string,
  url: string,
  waitedSeconds = REQUEST_TIMEOUT_SECONDS,
): Explained & { error: string } {
  switch (code) {
    case 'ECONNREFUSED':
      return {
        error: 'connection_refused',
        explanation: `Nothing is listening at ${url}.`,
        fix: 'Start the server (for the sandbox: restart Tokenscope), or check the port in the issuer URL.',
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        error: 'dns_failure',
        explanation: `The host of ${url} could not be resolved.`,
        fix: 'Check the spelling of the issuer URL and your network connection.',
      };
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'TimeoutError':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return {
        error: 'timeout',
        explanation: `${url} did not answer in time: Tokenscope waited ${waitedSeconds} second${waitedSeconds === 1 ? '' : 's'}, then stopped.`,
        fix: 'Check that the server is up and reachable from this machine; try again.',
      };
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return {
        error: 'connection_reset',
        explanation: `${url} closed the connection before the answer was complete (a truncated response).`,
        fix: 'Try again; if it keeps happening, a proxy or the server is cutting connections: check its logs.',
      };
    default:
      if (/certificate|ssl|tls/i.test(message)) {
        return {
          error: 'tls_failure',
          explanation: `The TLS connection to ${url} failed: ${message}.`,
          fix: "Check the server's certificate; Tokenscope does not turn certificate checks off.",
        };
      }
      return {
        error: 'network_error',
        explanation: `The request to ${url} failed: ${message}.`,
        fix: 'Check the issuer URL and that the server is reachable.',
      };
  }
}
