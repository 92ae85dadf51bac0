import { describe, expect, it } from 'vitest';
import { API_METHODS, type TokenscopeApi } from '../../shared/contract/api.js';
import {
  ApiCallError,
  TOO_LARGE_MESSAGE,
  createApiClient,
  envelopeOfHttpAnswer,
  type Invoke,
} from '../../shared/contract/transport.js';
import { bodyByteLimit } from '../../shared/contract/call-limits.js';
import { dispatch } from '../../electron/services/api/dispatch.js';
import { appApiWithoutSandbox } from '../support/app-api-without-sandbox.js';

const api = appApiWithoutSandbox({ version: '1.2.3', dataDir: '/tmp/x', sandbox: { error: 'not started' } });

describe('the contract over a transport', () => {
  const invoke: Invoke = (method, argument) => dispatch(api, method, argument);
  const client: TokenscopeApi = createApiClient(invoke);

  it('gives the client every method of the contract', () => {
    for (const method of API_METHODS) expect(typeof client[method]).toBe('function');
  });

  it('is not mistaken for a promise, and a name the contract does not declare is refused by the main side', async () => {
    expect((client as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(client)).resolves.toBe(client);
    const unknown = (client as unknown as Record<string, () => Promise<unknown>>).deleteEverything!;
    await expect(unknown()).rejects.toMatchObject({ code: 'unknown_method' });
  });

  it('returns what the service returns', async () => {
    await expect(client.getAppInfo()).resolves.toMatchObject({
      name: 'Tokenscope',
      version: '1.2.3',
      shell: 'browser-host',
    });
  });

  it('says why the sandbox connection is unavailable, with what to do', async () => {
    const [sandbox] = await client.listConnections();
    expect(sandbox?.unavailable).toMatch(/not started.*Restart Tokenscope/);
  });

  it('throws ApiCallError with the code when the argument does not fit', async () => {
    const error = await client.runClientCredentials({ connectionId: 'sandbox' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('bad_argument');
    expect((error as ApiCallError).message).toMatch(/must have required property/);
  });

  it('turns a service failure into an internal error that names the call', async () => {
    const error = await client
      .runClientCredentials({ connectionId: 'sandbox', clientId: 'x', resources: [], scope: '' })
      .catch((e: unknown) => e);
    expect((error as ApiCallError).code).toBe('internal');
    expect((error as ApiCallError).message).toMatch(
      /^runClientCredentials failed inside Tokenscope: The sandbox did not start/,
    );
  });

  it('refuses names that are not calls, including inherited ones', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 42]) {
      await expect(dispatch(api, name, null)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it("refuses an argument over the call's limit over IPC too, where no body is counted", async () => {
    const padded = { workspaceId: 'x'.repeat(bodyByteLimit('clearHistory')) };
    await expect(dispatch(api, 'clearHistory', padded)).resolves.toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringMatching(/^clearHistory takes at most 1 MB of JSON/) },
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const notJson = { code: 'bad_argument', message: expect.stringMatching(/not plain JSON/) };
    await expect(dispatch(api, 'clearHistory', cyclic)).resolves.toMatchObject({ ok: false, error: notJson });
  });
});

describe("the browser host's answers as envelopes", () => {
  const envelope = { ok: false, error: { code: 'bad_argument', message: 'argument.x is wrong' } };
  it.each([
    ['an envelope, whatever the status', 400, JSON.stringify(envelope), envelope],
    [
      'a 413 without one',
      413,
      '<html>Too large</html>',
      {
        ok: false,
        error: { code: 'too_large', message: TOO_LARGE_MESSAGE },
      },
    ],
    [
      'any other status without one',
      502,
      'Bad gateway',
      { ok: false, error: { code: 'internal', message: 'Tokenscope answered 502 without a result. Reload the page.' } },
    ],
    [
      'JSON that is not an envelope',
      200,
      '{"value":1}',
      { ok: false, error: { code: 'internal', message: expect.stringContaining('200') } },
    ],
  ])('reads %s', (_name, status, text, expected) => {
    expect(envelopeOfHttpAnswer(status, text)).toEqual(expected);
  });

  it('throws a 413 as an ApiCallError the UI can tell apart', async () => {
    const client = createApiClient(async () => envelopeOfHttpAnswer(413, ''));
    const error = await client.importWorkspace({ text: '{}' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'too_large', message: TOO_LARGE_MESSAGE });
  });
});
