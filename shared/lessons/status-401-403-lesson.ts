import { checkOf, type Lesson } from './lesson.js';
import { answeredCalls, bearerChallenges } from './lesson-evidence.js';

const PRODUCTS = 'https://products.tokenscope.test';

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
  source: {
    title:
      'Logto docs: Set up your app service with the Management API (validate the token, answer 403 without the scope)',
    url: 'https://docs.logto.io/end-user-flows/organization-experience/setup-app-service-with-management-api',
  },
  world: 'default',
  steps: [
    {
      view: 'replay',
      text: 'In Call an API choose No token, type the URL, Send: read the 401 and its WWW-Authenticate.',
      values: [{ name: 'url', value: '{sandbox}/sample-api/products' }],
    },
    {
      view: 'request',
      text: 'Choose Client credentials, the M2M app, the resource and scope read:products only, Request token.',
      values: [
        { name: 'app', value: 'tokenscope-m2m' },
        { name: 'resource', value: PRODUCTS },
        { name: 'scope', value: 'read:products' },
      ],
    },
    {
      view: 'replay',
      text: 'Back in Call an API, press “Use the last requested token”, choose DELETE and the URL below, Send: read the 403.',
      values: [
        { name: 'method', value: 'DELETE' },
        { name: 'url', value: '{sandbox}/sample-api/products/p-1' },
      ],
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
      {
        label: 'A 401 with a Bearer WWW-Authenticate challenge',
        met: Boolean(unauthorized),
        detail: unauthorized
          ? `Yes: ${unauthorized.entry.request.method} ${unauthorized.path} answered 401${
              bearerChallenges(unauthorized)[0]?.params.error
                ? ` (${bearerChallenges(unauthorized)[0]!.params.error})`
                : ''
            }.`
          : 'Not yet: call the sample API with No token (or a token for another API).',
      },
      {
        label: 'A 403 whose challenge says insufficient_scope, with a valid token',
        met: Boolean(forbidden),
        detail: forbidden
          ? `Yes: ${forbidden.entry.request.method} ${forbidden.path} answered 403, needing ${
              bearerChallenges(forbidden).find((ch) => ch.params.scope)?.params.scope ?? 'a permission the token lacks'
            }.`
          : 'Not yet: call a route with a token for the right API that lacks its permission (DELETE with read:products).',
      },
    ]);
  },
};
