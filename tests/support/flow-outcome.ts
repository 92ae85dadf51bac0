import type { FlowResult } from '../../shared/contract/flow.js';

/** The result of a flow that must have succeeded; throws its error otherwise, so a test cannot read past it. */
export function succeeded(result: FlowResult): Extract<FlowResult, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

/** The result of a flow that must have failed; throws what came back otherwise. */
export function failed(result: FlowResult): Extract<FlowResult, { ok: false }> {
  if (result.ok) throw new Error(`expected a failure: ${JSON.stringify(result.tokenResponse)}`);
  return result;
}
