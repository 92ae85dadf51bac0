import { PRODUCTS_API as PRODUCTS } from '../sandbox/sample-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import { actsAsUser, describeToken, isJwtAccessToken, issuedTokens, permissionSplit } from './lesson-evidence.js';

/** Lesson 2: a user's token carries what was asked for and what the user's roles grant, nothing more. */
export const permissionsAndRolesLesson: Lesson = {
  id: 'permissions-and-roles',
  title: '2. Permissions, roles, and requested ∩ granted',
  goal: 'Ask for two permissions as a user whose role holds only one of them, and get a token with just that one.',
  concept: [
    'An API resource declares permissions (OAuth calls them scopes), such as read:products. Roles bundle ' +
      'permissions, and users get roles. Nobody holds a permission directly.',
    'When a user signs in, the token carries the permissions that were requested AND that the user’s roles grant ' +
      '(the intersection). Anything requested but not granted is dropped without an error: the sign-in succeeds and ' +
      'the token is simply smaller. Your API must therefore check each permission it needs.',
    'In this sandbox Vera has the Viewer role: read:products, but not write:products.',
  ],
  source: logtoDocs('Protect global API resources', 'authorization/global-api-resources'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose the Authorization code grant, add the resource and both scopes, pick the resource under “Redeem the code for”, then Sign in as the user.',
      values: stepValues({ resource: PRODUCTS, scope: ['read:products', 'write:products'], user: 'vera' }),
    },
    {
      view: 'request',
      text: 'Read the run’s scope table: write:products was requested and is not in the token. Open Inspect a token to see why.',
    },
  ],
  check(evidence) {
    const userTokens = issuedTokens(evidence).filter((t) => isJwtAccessToken(t) && actsAsUser(t));
    const partial = userTokens.find((t) => {
      const { granted, dropped } = permissionSplit(t);
      return granted.length > 0 && dropped.length > 0;
    });
    const askedTwo = userTokens.find((t) => t.requestedPermissions.length > 1);
    return checkOf([
      criterion(
        "A user's JWT for an API, asked for more than one permission",
        askedTwo,
        (t) => `${describeToken(t)}, asked for ${t.requestedPermissions.join(' ')}.`,
        'sign in as a user with a resource and at least two of its permissions.',
      ),
      criterion(
        'The token kept some requested permissions and dropped others (requested ∩ granted)',
        partial && permissionSplit(partial),
        ({ granted, dropped }) => `granted ${granted.join(' ')}, dropped ${dropped.join(' ')}.`,
        'pick a user whose roles grant some of the permissions you ask for but not all (Vera).',
      ),
    ]);
  },
};
