import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { finishRun, newRun } from './run-flow.js';
import { discover } from './issuer-discovery.js';
import type { TokenRequestInput } from './token-request-input.js';
import { tokenParameters } from './token-parameters.js';
import { DEVICE_CONFIRMATION_STEP } from '../../../shared/flows/timeline.js';

export interface DeviceCodeInput extends TokenRequestInput {
  /** Told where the user goes and which code they type (RFC 8628 §3.3). */
  onUserCode(prompt: {
    userCode: string;
    verificationUri: string;
    verificationUriComplete?: string;
    expiresIn: number;
  }): void;
  signal?: AbortSignal;
}

/** RFC 8628 device authorization: start, show the user code, poll the token endpoint at the server's interval. */
export async function runDeviceCode(input: DeviceCodeInput): Promise<FlowResult> {
  const run = newRun('device_code', input.issuer, input.client, input);
  run.runs = input.runs;
  return finishRun(run, async () => {
    const config = await discover(input.issuer, input.client, run.capture);
    if (!config.serverMetadata().device_authorization_endpoint) {
      throw Object.assign(new Error('no device_authorization_endpoint'), { deviceUnsupported: true });
    }
    run.capture.step = 'device authorization';
    const response = await oidc.initiateDeviceAuthorization(
      config,
      tokenParameters({ resources: input.resources, scope: input.scope }),
    );
    run.capture.addSecret(response.device_code);
    input.onUserCode({
      userCode: response.user_code,
      verificationUri: response.verification_uri,
      verificationUriComplete: response.verification_uri_complete,
      expiresIn: response.expires_in,
    });
    // RFC 8628 §3.3: the user confirms on another device; Tokenscope sees none of it, but the diagram should.
    run.capture.entries.push({
      id: `${run.runId.slice(0, 8)}-device-confirmation`,
      step: DEVICE_CONFIRMATION_STEP,
      method: 'GET',
      url: response.verification_uri,
      requestHeaders: {},
      responseHeaders: {},
      startedAt: new Date().toISOString(),
      durationMs: 0,
      via: 'browser',
    });
    run.capture.step = 'token (polling)';
    const extra = tokenParameters({ resources: input.resources.slice(0, 1), organizationId: input.organizationId });
    return oidc.pollDeviceAuthorizationGrant(config, response, extra, { signal: input.signal });
  });
}
