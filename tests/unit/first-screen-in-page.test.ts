import { describe, expect, it } from 'vitest';
import { firstScreenInPage } from '../../renderer/src/api/first-screen-in-page.js';
import { ApiCallError } from '../../shared/contract/transport.js';

/** A document with the data block holding `text`, or without the block when `text` is undefined. */
const pageWith = (text: string | undefined) => ({
  getElementById: (id: string) =>
    text !== undefined && id === 'tokenscope-first-screen' ? ({ textContent: text } as HTMLElement) : null,
});

describe('firstScreenInPage', () => {
  it('has nothing when the page came without an answer: Electron, a reload, no secret', () => {
    expect(firstScreenInPage(pageWith(undefined))).toBeUndefined();
    expect(firstScreenInPage(pageWith(''))).toBeUndefined();
  });

  it("resolves to the answer's value", async () => {
    const value = { appInfo: { name: 'Tokenscope' }, workspaces: [], connections: [], runs: [] };
    await expect(firstScreenInPage(pageWith(JSON.stringify({ ok: true, value })))).resolves.toEqual(value);
  });

  it('rejects with the error of a failed answer, as the call would', async () => {
    const failed = { ok: false, error: { code: 'internal', message: 'The data folder cannot be read.' } };
    const answer = firstScreenInPage(pageWith(JSON.stringify(failed)));
    await expect(answer).rejects.toBeInstanceOf(ApiCallError);
    await expect(answer).rejects.toThrow('The data folder cannot be read.');
  });

  it('rejects a block that is not an answer, so the stores ask on their own', async () => {
    await expect(firstScreenInPage(pageWith('{not json'))).rejects.toBeInstanceOf(ApiCallError);
    await expect(firstScreenInPage(pageWith('[1,2]'))).rejects.toBeInstanceOf(ApiCallError);
  });
});
