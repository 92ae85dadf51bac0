import { MANAGEMENT_API } from '../sandbox/management-api.js';
import { checkOf, type Lesson } from './lesson.js';
import { describeToken, isJwtAccessToken, issuedTokens } from './lesson-evidence.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

/** Lesson 7: one refresh token, one access token per resource granted at sign-in, and the refresh trap. */
export const refreshPerResourceLesson: Lesson = {
  id: 'refresh-per-resource',
  title: '7. Refresh per resource, and the refresh trap',
  goal: 'From one sign-in, refresh into tokens for two APIs; then see a refresh for an API not granted fail.',
  concept: [
    'A sign-in may ask for several resources at once. Each access token still has one audience, so the app gets ' +
      'one token per API by refreshing with `resource` set to the API it wants next (RFC 8707 §2.2). This needs ' +
      '`offline_access`, which asks for a refresh token.',
    'A refresh can only name resources granted at sign-in. Another one is refused with invalid_target, and a server ' +
      'that rotates refresh tokens before it checks the resource (Logto for public clients, like this native app) ' +
      'has by then used the old refresh token up: that is the refresh trap.',
  ],
  source: {
    title: 'Logto docs: Protect global API resources',
    url: 'https://docs.logto.io/authorization/global-api-resources',
  },
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Authorization code. Add both resources and the scopes below, set Prompt to consent, and Sign in.',
      values: [
        { name: 'resource', value: PRODUCTS },
        { name: 'resource', value: ORDERS },
        { name: 'scope', value: 'offline_access' },
        { name: 'scope', value: 'read:products' },
        { name: 'scope', value: 'read:orders' },
        { name: 'prompt', value: 'consent' },
        { name: 'user', value: 'vera' },
      ],
    },
    {
      view: 'request',
      text: 'In the run’s Refresh panel pick one resource and Refresh; pick the other one on the new run and Refresh again.',
      values: [
        { name: 'resource', value: ORDERS },
        { name: 'resource', value: PRODUCTS },
      ],
    },
    {
      view: 'request',
      text: 'On the newest run, refresh for the Management API, which the sign-in did not ask for: Tokenscope warns of the trap; Send anyway.',
      values: [{ name: 'resource', value: MANAGEMENT_API.indicator }],
    },
  ],
  check(evidence) {
    const refreshed = issuedTokens(evidence).filter((t) => t.grant === 'refresh_token' && isJwtAccessToken(t));
    const audiences = [...new Set(refreshed.flatMap((t) => t.audiences))];
    const trapped = evidence.runs.find(
      (r) =>
        r.grant === 'refresh_token' &&
        !r.result.ok &&
        r.result.error.error === 'invalid_target' &&
        r.request.resources.some((res) => r.grantedResources !== undefined && !r.grantedResources.includes(res)),
    );
    return checkOf([
      {
        label: 'Refreshes gave JWTs for two different APIs',
        met: audiences.length >= 2,
        detail:
          audiences.length >= 2
            ? `Yes: ${refreshed.map(describeToken).join('; ')}.`
            : `Not yet: ${audiences.length ? `only ${audiences.join(', ')} so far` : 'no refreshed JWT yet'}; refresh once per resource granted at sign-in.`,
      },
      {
        label: 'A refresh for a resource not granted at sign-in was refused (invalid_target)',
        met: Boolean(trapped),
        detail: trapped
          ? `Yes: ${trapped.request.resources.join(', ')} was not among ${trapped.grantedResources?.join(', ') || 'the sign-in resources'}.`
          : 'Not yet: refresh with a resource the sign-in did not ask for, and send it anyway.',
      },
    ]);
  },
};
