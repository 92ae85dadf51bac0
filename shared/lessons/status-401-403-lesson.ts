import { PRODUCTS_API as PRODUCTS } from '../sandbox/sample-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import { answeredCalls, bearerChallenges } from './lesson-evidence.js';

/** Lesson 8: 401 says "who are you?", 403 says "not allowed"; `WWW-Authenticate` says which (RFC 6750 §3). */
export const status401And403Lesson: Lesson = {
  id: 'status-401-403',
  title: '8. 401 vs 403, and reading WWW-Authenticate',
  goal: 'Get a 401 from the sample API without a token, then a 403 insufficient_scope with a token that lacks a permission.',
  concept: [
    'An API answers 401 Unauthorized when it cannot accept the credentials at all: none was sent, or the token is ' +
      'expired, for another audience, badly signed or opaque. Getting a new token may help.',
    'It answers 403 Forbidden when the token is valid but lacks the permission the route needs. A new token with ' +
      'the same roles will not help; the subject needs a role that grants it.',
    'A Bearer API says which in the `WWW-Authenticate` header (RFC 6750 §3): `error="invalid_token"` for a 401, ' +
      '`error="insufficient_scope"` with the `scope` it needs for a 403. (Logto’s Management API says it in the body ' +
      'instead: auth.unauthorized or auth.forbidden.)',
  ],
  source: logtoDocs(
    'Set up your app service with the Management API (validate the token, answer 403 without the scope)',
    'end-user-flows/organization-experience/setup-app-service-with-management-api',
  ),
  world: 'default',
  steps: [
    {
      view: 'replay',
      text: 'In Call an API choose No token, type the URL, Send: read the 401 and its WWW-Authenticate.',
      values: stepValues({ url: '{sandbox}/sample-api/products' }),
    },
    {
      view: 'request',
      text: 'Choose Client credentials, the M2M app, the resource and scope read:products only, Request token.',
      values: stepValues({ app: 'tokenscope-m2m', resource: PRODUCTS, scope: 'read:products' }),
    },
    {
      view: 'replay',
      text: 'Back in Call an API, press “Use the last requested token”, choose DELETE and the URL below, Send: read the 403.',
      values: stepValues({ method: 'DELETE', url: '{sandbox}/sample-api/products/p-1' }),
    },
  ],
  check(evidence) {
    const calls = answeredCalls(evidence);
    const unauthorized = calls.find((c) => c.status === 401 && bearerChallenges(c).length > 0);
    const forbidden = calls.find(
      (c) =>
        c.status === 403 &&
        bearerChallenges(c).some((ch) => ch.params.error === 'insufficient_scope') &&
        c.tokenAudience !== undefined,
    );
    return checkOf([
      criterion(
        'A 401 with a Bearer WWW-Authenticate challenge',
        unauthorized,
        (c) => {
          const error = bearerChallenges(c)[0]?.params.error;
          return `${c.entry.request.method} ${c.path} answered 401${error ? ` (${error})` : ''}.`;
        },
        'call the sample API with No token (or a token for another API).',
      ),
      criterion(
        'A 403 whose challenge says insufficient_scope, with a valid token',
        forbidden,
        (c) => {
          const needed = bearerChallenges(c).find((ch) => ch.params.scope)?.params.scope;
          return `${c.entry.request.method} ${c.path} answered 403, needing ${needed ?? 'a permission the token lacks'}.`;
        },
        'call a route with a token for the right API that lacks its permission (DELETE with read:products).',
      ),
    ]);
  },
};
