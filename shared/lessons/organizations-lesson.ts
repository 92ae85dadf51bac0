import { organizationOfAudiences } from '../oauth/reserved-resources.js';
import { PRODUCTS_API as PRODUCTS } from '../sandbox/sample-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import { describeToken, isJwtAccessToken, issuedTokens, tokenCriterion } from './lesson-evidence.js';

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
  source: logtoDocs('Protect organization-level API resources', 'authorization/organization-level-api-resources'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Client credentials and the M2M app (a member of Acme). Clear every resource, type the organization ID, Request token.',
      values: stepValues({ app: 'tokenscope-m2m', organization: 'acme' }),
    },
    {
      view: 'request',
      text: 'Keep the organization ID, now also pick the resource and scope, and Request token again.',
      values: stepValues({ organization: 'acme', resource: PRODUCTS, scope: 'read:products' }),
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
      tokenCriterion(
        'An organization token (`aud` urn:logto:organization:<id>)',
        orgToken,
        'send organization_id without a resource.',
      ),
      criterion(
        'An API token with an `organization_id` claim for that organization',
        apiToken,
        (t) => `${describeToken(t)}, organization_id ${t.organizationId}.`,
        'send organization_id and a resource together; a token without organization_id is a global one.',
      ),
    ]);
  },
};
