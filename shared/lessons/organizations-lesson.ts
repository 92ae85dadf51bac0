import { organizationOfAudiences } from '../oauth/reserved-resources.js';
import { checkOf, type Lesson } from './lesson.js';
import { describeToken, isJwtAccessToken, issuedTokens } from './lesson-evidence.js';

const PRODUCTS = 'https://products.tokenscope.test';

/** Lesson 6: organization roles give organization tokens, and organization-level API tokens. */
export const organizationsLesson: Lesson = {
  id: 'organizations',
  title: '6. Organizations: roles, organization tokens, organization-level APIs',
  goal: 'Get an organization token for Acme, then a token for the Products API in Acme’s context.',
  concept: [
    'An organization is a tenant of your product (a customer company). Members, people or M2M apps, get ' +
      'organization roles there, which come from one template shared by every organization.',
    'Asking with `organization_id` and no `resource` gives an organization token: its `aud` is ' +
      'urn:logto:organization:<id> and its scopes are organization permissions such as invite:member.',
    'Asking with both `organization_id` and a `resource` gives an organization-level API token: `aud` is the API, ' +
      'an `organization_id` claim names the organization, and the scopes come from the organization roles, not the ' +
      'global ones. Your API must check that claim against the organization in the URL.',
  ],
  source: {
    title: 'Logto docs: Protect organization-level API resources',
    url: 'https://docs.logto.io/authorization/organization-level-api-resources',
  },
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Client credentials and the M2M app (a member of Acme). Clear every resource, type the organization ID, Request token.',
      values: [
        { name: 'app', value: 'tokenscope-m2m' },
        { name: 'organization', value: 'acme' },
      ],
    },
    {
      view: 'request',
      text: 'Keep the organization ID, now also pick the resource and scope, and Request token again.',
      values: [
        { name: 'organization', value: 'acme' },
        { name: 'resource', value: PRODUCTS },
        { name: 'scope', value: 'read:products' },
      ],
    },
  ],
  check(evidence) {
    const tokens = issuedTokens(evidence).filter(isJwtAccessToken);
    const orgToken = tokens.find((t) => organizationOfAudiences(t.audiences) !== undefined);
    const organization = orgToken ? organizationOfAudiences(orgToken.audiences) : undefined;
    const apiToken = tokens.find(
      (t) =>
        t.organizationId !== undefined &&
        (!organization || t.organizationId === organization) &&
        t.audiences.some((aud) => organizationOfAudiences([aud]) === undefined),
    );
    return checkOf([
      {
        label: 'An organization token (`aud` urn:logto:organization:<id>)',
        met: Boolean(orgToken),
        detail: orgToken ? `Yes: ${describeToken(orgToken)}.` : 'Not yet: send organization_id without a resource.',
      },
      {
        label: 'An API token with an `organization_id` claim for that organization',
        met: Boolean(apiToken),
        detail: apiToken
          ? `Yes: ${describeToken(apiToken)}, organization_id ${apiToken.organizationId}.`
          : 'Not yet: send organization_id and a resource together; a token without organization_id is a global one.',
      },
    ]);
  },
};
