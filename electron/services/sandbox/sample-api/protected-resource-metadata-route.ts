import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PROTECTED_RESOURCE_WELL_KNOWN,
  protectedResourceMetadataUrl,
  SAMPLE_APIS,
} from '../../../../shared/sandbox/sample-api.js';
import { sampleApiMetadata, sandboxOriginMetadata } from '../../../../shared/sandbox/protected-resource-metadata.js';
import { sendJson, type SandboxState } from '../sandbox-routes.js';

export { PROTECTED_RESOURCE_WELL_KNOWN };

/**
 * RFC 9728 §3: `GET /.well-known/oauth-protected-resource` (the origin's) and `…/sample-api/products` and the like
 * (each sample API's, path inserted after the host, §3.1). Public documents, readable from any origin.
 */
export async function handleProtectedResourceMetadata(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader('access-control-allow-origin', '*');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(
      res,
      405,
      { error: 'method_not_allowed', message: 'Protected-resource metadata is read with GET (RFC 9728 §3.1).' },
      { allow: 'GET, HEAD' },
    );
    return;
  }
  const path = new URL(req.url ?? '/', state.origin).pathname;
  const suffix = path.slice(PROTECTED_RESOURCE_WELL_KNOWN.length);
  if (suffix === '' || suffix === '/') {
    sendJson(res, 200, sandboxOriginMetadata(state.origin, state.issuer));
    return;
  }
  const api = SAMPLE_APIS.find((candidate) => candidate.path === suffix);
  if (!api) {
    const known = SAMPLE_APIS.map((a) => protectedResourceMetadataUrl(state.origin, a)).join(', ');
    sendJson(res, 404, {
      error: 'not_found',
      message: `No protected resource at ${state.origin}${suffix} on the sandbox. Its APIs' metadata: ${known}.`,
    });
    return;
  }
  sendJson(res, 200, sampleApiMetadata(state.world, state.origin, state.issuer, api));
}
