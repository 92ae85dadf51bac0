import { ORDERS_API as ORDERS } from '../sandbox/sample-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import {
  actsAsApp,
  actsAsUser,
  describeToken,
  isJwtAccessToken,
  issuedTokens,
  tokenCriterion,
} from './lesson-evidence.js';

/** Lesson 5: a PAT exchanged for a token acts as its user; an M2M token acts as the app. Same API, two answers. */
export const patVersusM2mLesson: Lesson = {
  id: 'pat-versus-m2m',
  title: '5. Personal access token vs M2M, for the same API',
  goal: 'Get a token for the Orders API by exchanging Eddie’s PAT, and one by client credentials, then compare them.',
  concept: [
    'A personal access token (PAT) lets a user’s script act as that user without an interactive sign-in. The PAT ' +
      'itself is not sent to APIs: an app with token exchange switched on trades it at the token endpoint ' +
      '(RFC 8693, subject token type urn:logto:token-type:personal_access_token) for an ordinary access token.',
    'That token’s `sub` is the user and its permissions come from the user’s roles. An M2M token for the same API ' +
      'has `sub` = the app and permissions from the app’s M2M roles. Same audience, different authority.',
    'Without a `resource` the exchange returns an opaque token, as a sign-in would.',
  ],
  source: logtoDocs('Personal access token', 'user-management/personal-access-token'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Token exchange, the web app, the personal access token type; paste the PAT, pick the resource, type the scope, then Exchange.',
      values: stepValues({
        app: 'tokenscope-web',
        'subject token': 'pat_SandboxEddieLaptopScript00000001',
        resource: ORDERS,
        scope: 'read:orders write:orders',
      }),
    },
    {
      view: 'request',
      text: 'Choose Client credentials, the M2M app, the same resource and scopes, then Request token.',
      values: stepValues({ app: 'tokenscope-m2m', resource: ORDERS, scope: ['read:orders', 'write:orders'] }),
    },
    { view: 'compare', text: 'Open Compare tokens and put the two side by side: sub, client_id and scope differ.' },
  ],
  check(evidence) {
    const tokens = issuedTokens(evidence).filter(isJwtAccessToken);
    const pat = tokens.find((t) => t.grant === 'token_exchange' && actsAsUser(t));
    const m2m = tokens.find(
      (t) =>
        t.grant === 'client_credentials' &&
        actsAsApp(t) &&
        (!pat || t.audiences.some((a) => pat.audiences.includes(a))),
    );
    const scopesOf = (t: { scopes?: string[] }) => t.scopes?.join(' ') || 'no scope';
    const differing = pat && m2m && scopesOf(pat) !== scopesOf(m2m) ? { pat, m2m } : undefined;
    return checkOf([
      criterion(
        'A token exchanged from a PAT, acting as the user, for an API (a JWT, so `resource` was sent)',
        pat,
        (t) => `${describeToken(t)}, sub ${t.subject}.`,
        'exchange the PAT with a resource; without one the token is opaque.',
      ),
      tokenCriterion('An M2M token for the same API', m2m, 'client credentials for the API the PAT token is for.'),
      criterion(
        'Their permissions differ (user roles vs M2M roles)',
        differing,
        (both) => `the PAT token has ${scopesOf(both.pat)}, the M2M token ${scopesOf(both.m2m)}.`,
        'ask both for a permission only one side holds (write:orders).',
      ),
    ]);
  },
};
