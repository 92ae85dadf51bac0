import { MANAGEMENT_API } from '../sandbox/management-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import { actsAsApp, answeredCalls, isJwtAccessToken, issuedTokens, tokenCriterion } from './lesson-evidence.js';

/** The Management API's indicator: `https://<tenant>.logto.app/api` on Logto Cloud, the sandbox's self-hosted one. */
export const isManagementApi = (indicator: string | undefined): boolean =>
  indicator === MANAGEMENT_API.indicator || /^https:\/\/[^/]+\.logto\.app\/api$/.test(indicator ?? '');

/** Lesson 4: an M2M app with a Management API role gets a token for it and calls it. */
export const managementApiLesson: Lesson = {
  id: 'management-api',
  title: '4. The Management API from an M2M app',
  goal: 'Get an M2M token for the Logto Management API with the `all` scope, then list users with it.',
  concept: [
    'Everything the Logto Console does goes through the Management API, and your back end can call it too. It is ' +
      'an API resource built into every tenant: https://<tenant>.logto.app/api on Logto Cloud, ' +
      'https://default.logto.app/api when self-hosted. Its one permission is `all`.',
    'The direct way in is a machine-to-machine app: give the app an M2M role that holds the Management API ' +
      'permission, then ask for a token with client credentials, the Management API as `resource` and `all` as ' +
      'the scope. A token for another API, or without `all`, is refused.',
  ],
  source: logtoDocs('Interact with Management API', 'integrate-logto/interact-with-management-api'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Client credentials, the admin script app, the Management API resource and its scope, then Request token.',
      values: stepValues({ app: 'tokenscope-admin-script', resource: MANAGEMENT_API.indicator, scope: 'all' }),
    },
    {
      view: 'replay',
      text: 'In Call an API, press “Use the last requested token”, type the URL and Send.',
      values: stepValues({ url: '{sandbox}/api/users' }),
    },
  ],
  check(evidence) {
    const token = issuedTokens(evidence).find(
      (t) =>
        isJwtAccessToken(t) &&
        t.grant === 'client_credentials' &&
        actsAsApp(t) &&
        t.audiences.some(isManagementApi) &&
        (t.scopes ?? []).includes('all'),
    );
    const call = answeredCalls(evidence).find(
      (c) => isManagementApi(c.tokenAudience) && c.path.startsWith('/api/') && c.status >= 200 && c.status < 300,
    );
    return checkOf([
      tokenCriterion(
        'An M2M token for the Management API with the `all` scope',
        token,
        `client credentials with resource ${MANAGEMENT_API.indicator} and scope all, from an app whose M2M role grants it.`,
      ),
      criterion(
        'A Management API call answered 2xx with that kind of token',
        call,
        (c) => `${c.entry.request.method} ${c.path} answered ${c.status}.`,
        'send GET /api/users on the sandbox with the Management API token.',
      ),
    ]);
  },
};
