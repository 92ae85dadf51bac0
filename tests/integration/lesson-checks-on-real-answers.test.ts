import { beforeAll, describe, expect, it } from 'vitest';
import { appWithSandboxForFile } from '../support/app-with-sandbox.js';
import { sandboxM2mRun } from '../support/contract-m2m.js';

const PRODUCTS = 'https://products.tokenscope.test';

// The main side checks a lesson against what the real sandbox answered: the runs it recorded and the calls in the
// workspace's history, counted from the lesson's start.
describe('lesson 8 checked on the main side against the real sandbox', () => {
  const app = appWithSandboxForFile('lessons');
  let origin: string;

  beforeAll(() => {
    origin = app.sandbox.issuer.replace(/\/oidc$/, '');
  });

  it('passes only once a 401 and a 403 insufficient_scope came back after the start, and keeps the pass', async () => {
    const request = (method: string, path: string) => ({ method, url: `${origin}${path}`, headers: [] });
    // Before the lesson starts: these calls do not count.
    await app.api.sendApiRequest({ request: request('GET', '/sample-api/products'), token: { kind: 'none' } });

    await app.api.startLesson({ lessonId: 'status-401-403' });
    const empty = await app.api.checkLesson({ lessonId: 'status-401-403' });
    expect(empty.check.criteria.map((c) => c.met)).toEqual([false, false]);

    await app.api.sendApiRequest({ request: request('GET', '/sample-api/products'), token: { kind: 'none' } });
    const run = await sandboxM2mRun(app.api, {
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(run.ok).toBe(true);
    const token = run.ok && run.accessToken.raw;
    const half = await app.api.checkLesson({ lessonId: 'status-401-403' });
    expect(half.check.criteria.map((c) => c.met)).toEqual([true, false]);

    const forbidden = await app.api.sendApiRequest({
      request: request('DELETE', '/sample-api/products/p-1'),
      token: { kind: 'token', token: token as string },
    });
    expect(forbidden.entry.response?.status).toBe(403);
    const passed = await app.api.checkLesson({ lessonId: 'status-401-403' });
    expect(passed.check.passed).toBe(true);
    expect(passed.progress.lessons['status-401-403']?.passedAt).toBeDefined();
    expect((await app.api.getLessonProgress({})).lessons['status-401-403']?.passedAt).toBe(
      passed.progress.lessons['status-401-403']?.passedAt,
    );
  });

  it('refuses a lesson id it does not know before any service runs (the schema lists them)', async () => {
    const { dispatch } = await import('../../electron/services/api/dispatch.js');
    const answer = await dispatch(app.api, 'checkLesson', { lessonId: 'no-such-lesson' });
    expect(answer.ok).toBe(false);
  });
});
