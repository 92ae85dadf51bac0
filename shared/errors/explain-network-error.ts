import type { Explained } from './explain-token-error.js';

/** Errors that never reached an OAuth answer: the server could not be reached or answered nonsense. */
export function explainNetworkError(code: string | undefined, message: string, url: string): Explained & { error: string } {
  switch (code) {
    case 'ECONNREFUSED':
      return { error: 'connection_refused', explanation: `Nothing is listening at ${url}.`, fix: 'Start the server (for the sandbox: restart Tokenscope), or check the port in the issuer URL.' };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { error: 'dns_failure', explanation: `The host of ${url} could not be resolved.`, fix: 'Check the spelling of the issuer URL and your network connection.' };
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'TimeoutError':
      return { error: 'timeout', explanation: `${url} did not answer in time.`, fix: 'Check that the server is up and reachable from this machine; try again.' };
    default:
      if (/certificate|ssl|tls/i.test(message)) {
        return { error: 'tls_failure', explanation: `The TLS connection to ${url} failed: ${message}.`, fix: 'Check the server\'s certificate; Tokenscope does not turn certificate checks off.' };
      }
      return { error: 'network_error', explanation: `The request to ${url} failed: ${message}.`, fix: 'Check the issuer URL and that the server is reachable.' };
  }
}
