import { checkOf, type Lesson } from './lesson.js';
import { actsAsUser, describeToken, isJwtAccessToken, issuedTokens, permissionSplit } from './lesson-evidence.js';

const PRODUCTS = 'https://products.tokenscope.test';

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
  source: {
    title: 'Logto docs: Protect global API resources',
    url: 'https://docs.logto.io/authorization/global-api-resources',
  },
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose the Authorization code grant, add the resource and both scopes, pick the resource under “Redeem the code for”, then Sign in as the user.',
      values: [
        { name: 'resource', value: PRODUCTS },
        { name: 'scope', value: 'read:products' },
        { name: 'scope', value: 'write:products' },
        { name: 'user', value: 'vera' },
      ],
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
      {
        label: "A user's JWT for an API, asked for more than one permission",
        met: Boolean(askedTwo),
        detail: askedTwo
          ? `Yes: ${describeToken(askedTwo)}, asked for ${askedTwo.requestedPermissions.join(' ')}.`
          : 'Not yet: sign in as a user with a resource and at least two of its permissions.',
      },
      {
        label: 'The token kept some requested permissions and dropped others (requested ∩ granted)',
        met: Boolean(partial),
        detail: partial
          ? `Yes: granted ${permissionSplit(partial).granted.join(' ')}, dropped ${permissionSplit(partial).dropped.join(' ')}.`
          : 'Not yet: pick a user whose roles grant some of the permissions you ask for but not all (Vera).',
      },
    ]);
  },
};
