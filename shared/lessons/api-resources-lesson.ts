import { PRODUCTS_API as PRODUCTS } from '../sandbox/sample-api.js';
import { checkOf, logtoDocs, stepValues, type Lesson } from './lesson.js';
import { isJwtAccessToken, issuedTokens, tokenCriterion } from './lesson-evidence.js';

/** Lesson 1: the `resource` parameter decides what kind of access token comes back (RFC 8707, Logto API resources). */
export const apiResourcesLesson: Lesson = {
  id: 'api-resources',
  title: '1. API resources and the resource parameter',
  goal: 'Get two access tokens from sign-ins: an opaque one (no resource asked) and a JWT whose audience is the API.',
  concept: [
    'Logto describes each API you protect as an API resource, named by an absolute URI called its resource ' +
      'indicator. A client names the API it wants a token for with the `resource` parameter (RFC 8707).',
    'Ask for a resource and the access token is a JWT (typ at+jwt) whose `aud` is that indicator: the API can ' +
      'check it alone, with the issuer’s public keys. Sign in without one and Logto hands back an opaque string ' +
      'that only its userinfo endpoint understands; an API cannot read it.',
    'A tenant may name one API as its default API: requests that send no `resource` at the authorization step ' +
      'then fall back to it. In this sandbox that is the Products API.',
  ],
  source: logtoDocs('API resources', 'authorization/api-resources'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose the Authorization code grant. Leave the resources empty and press Sign in; in the sandbox tab pick the user and Authorize.',
      values: stepValues({ user: 'vera' }),
    },
    {
      view: 'request',
      text: 'The run shows an opaque access token. Sign in again, this time adding the resource and a scope; pick the resource under “Redeem the code for” too, and the same user.',
      values: stepValues({ resource: PRODUCTS, scope: 'read:products', user: 'vera' }),
    },
  ],
  check(evidence) {
    const tokens = issuedTokens(evidence).filter((t) => t.grant !== 'client_credentials');
    const opaque = tokens.find((t) => t.format === 'opaque' && t.requestedResources.length === 0);
    const bound = tokens.find(
      (t) => isJwtAccessToken(t) && t.audiences.some((aud) => t.requestedResources.includes(aud)),
    );
    return checkOf([
      tokenCriterion(
        'A sign-in without `resource` gave an opaque access token',
        opaque,
        'sign in with no resource at all; the access token should not be a JWT.',
      ),
      tokenCriterion(
        'A sign-in with `resource` gave a JWT whose `aud` is that resource',
        bound,
        `sign in with resource ${PRODUCTS}; the token's aud must be the resource you asked for.`,
      ),
    ]);
  },
};
