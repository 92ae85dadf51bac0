import { checkOf, type Lesson } from './lesson.js';
import { actsAsApp, actsAsUser, describeToken, isJwtAccessToken, issuedTokens } from './lesson-evidence.js';

const ORDERS = 'https://orders.tokenscope.test';

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
  source: {
    title: 'Logto docs: Personal access token',
    url: 'https://docs.logto.io/user-management/personal-access-token',
  },
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Token exchange, the web app, the personal access token type; paste the PAT, pick the resource, type the scope, then Exchange.',
      values: [
        { name: 'app', value: 'tokenscope-web' },
        { name: 'subject token', value: 'pat_SandboxEddieLaptopScript00000001' },
        { name: 'resource', value: ORDERS },
        { name: 'scope', value: 'read:orders write:orders' },
      ],
    },
    {
      view: 'request',
      text: 'Choose Client credentials, the M2M app, the same resource and scopes, then Request token.',
      values: [
        { name: 'app', value: 'tokenscope-m2m' },
        { name: 'resource', value: ORDERS },
        { name: 'scope', value: 'read:orders' },
        { name: 'scope', value: 'write:orders' },
      ],
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
    const differ = pat && m2m && (pat.scopes ?? []).join(' ') !== (m2m.scopes ?? []).join(' ');
    return checkOf([
      {
        label: 'A token exchanged from a PAT, acting as the user, for an API (a JWT, so `resource` was sent)',
        met: Boolean(pat),
        detail: pat
          ? `Yes: ${describeToken(pat)}, sub ${pat.subject}.`
          : 'Not yet: exchange the PAT with a resource; without one the token is opaque.',
      },
      {
        label: 'An M2M token for the same API',
        met: Boolean(m2m),
        detail: m2m ? `Yes: ${describeToken(m2m)}.` : 'Not yet: client credentials for the API the PAT token is for.',
      },
      {
        label: 'Their permissions differ (user roles vs M2M roles)',
        met: Boolean(differ),
        detail: differ
          ? `Yes: the PAT token has ${pat!.scopes?.join(' ') || 'no scope'}, the M2M token ${m2m!.scopes?.join(' ') || 'no scope'}.`
          : 'Not yet: ask both for a permission only one side holds (write:orders).',
      },
    ]);
  },
};
