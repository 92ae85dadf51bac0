import { describe, expect, it } from 'vitest';
import { createHttpInvoke } from '../../renderer/src/api/http-transport.js';

// Outside a page, fetch cannot reach the relative call path: an answer other than "stopped answering" came
// without sending anything.
describe("the renderer's HTTP transport", () => {
  const invoke = createHttpInvoke('secret');

  it('sends a call, and says so when nothing answers', async () => {
    await expect(invoke('applySandboxWorld', { text: 'users: []' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/stopped answering/) },
    });
  });
});
