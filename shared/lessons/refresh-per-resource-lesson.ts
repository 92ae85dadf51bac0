import { MANAGEMENT_API } from '../sandbox/management-api.js';
import { ORDERS_API as ORDERS, PRODUCTS_API as PRODUCTS } from '../sandbox/sample-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import { describeToken, isJwtAccessToken, issuedTokens } from './lesson-evidence.js';

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
  source: logtoDocs('Protect global API resources', 'authorization/global-api-resources'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Authorization code. Add both resources and the scopes below, set Prompt to consent, and Sign in.',
      values: stepValues({
        resource: [PRODUCTS, ORDERS],
        scope: ['offline_access', 'read:products', 'read:orders'],
        prompt: 'consent',
        user: 'vera',
      }),
    },
    {
      view: 'request',
      text: 'In the run’s Refresh panel pick one resource and Refresh; pick the other one on the new run and Refresh again.',
      values: stepValues({ resource: [ORDERS, PRODUCTS] }),
    },
    {
      view: 'request',
      text: 'On the newest run, refresh for the Management API, which the sign-in did not ask for: Tokenscope warns of the trap; Send anyway.',
      values: stepValues({ resource: MANAGEMENT_API.indicator }),
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
    const soFar = audiences.length ? `only ${audiences.join(', ')} so far` : 'no refreshed JWT yet';
    return checkOf([
      criterion(
        'Refreshes gave JWTs for two different APIs',
        audiences.length >= 2 ? refreshed : undefined,
        (tokens) => `${tokens.map(describeToken).join('; ')}.`,
        `${soFar}; refresh once per resource granted at sign-in.`,
      ),
      criterion(
        'A refresh for a resource not granted at sign-in was refused (invalid_target)',
        trapped,
        (r) =>
          `${r.request.resources.join(', ')} was not among ${r.grantedResources?.join(', ') || 'the sign-in resources'}.`,
        'refresh with a resource the sign-in did not ask for, and send it anyway.',
      ),
    ]);
  },
};
