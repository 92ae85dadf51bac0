import { describe, expect, it } from 'vitest';
import { createHttpInvoke } from '../../renderer/src/api/http-transport.js';
import { bodyByteLimit } from '../../shared/contract/call-limits.js';

// Outside a page, fetch cannot reach the relative call path: an answer other than "stopped answering" came
// without sending anything.
describe("the renderer's HTTP transport", () => {
  const invoke = createHttpInvoke('secret');

  it("refuses an argument over its call's limit without uploading it", async () => {
    const argument = { text: 'x'.repeat(bodyByteLimit('applySandboxWorld')) };
    await expect(invoke('applySandboxWorld', argument)).resolves.toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringMatching(/^applySandboxWorld takes at most 9.4 MB of JSON/) },
    });
  });

  it('sends one within it', async () => {
    await expect(invoke('applySandboxWorld', { text: 'users: []' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/stopped answering/) },
    });
  });
});
