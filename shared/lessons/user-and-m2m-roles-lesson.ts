import { PRODUCTS_API as PRODUCTS } from '../sandbox/sample-api.js';
import { checkOf, criterion, logtoDocs, stepValues, type Lesson } from './lesson.js';
import {
  actsAsApp,
  actsAsUser,
  isJwtAccessToken,
  issuedTokens,
  type IssuedToken,
  tokenCriterion,
} from './lesson-evidence.js';

/** Requested by both tokens, held by only one of them: where the two kinds of role differ. */
function differingPermissions(app: IssuedToken, user: IssuedToken): string[] {
  const asked = app.requestedPermissions.filter((s) => user.requestedPermissions.includes(s));
  return asked.filter((s) => (app.scopes ?? []).includes(s) !== (user.scopes ?? []).includes(s));
}

/** Lesson 3: user roles and machine-to-machine roles are separate; client credentials use the app's own. */
export const userAndM2mRolesLesson: Lesson = {
  id: 'user-and-m2m-roles',
  title: '3. User roles vs machine-to-machine roles',
  goal: 'Ask for the same permissions once as a machine-to-machine app and once as a user, and see them differ.',
  concept: [
    'Logto has two kinds of global roles. User roles are given to people; machine-to-machine (M2M) roles are given ' +
      'to M2M apps, which are back-end programs with no user behind them.',
    'An M2M app gets its token with the client credentials grant: it proves who it is with its own secret, and the ' +
      'token acts as the app itself (`sub` equals `client_id`). Its permissions are requested ∩ its M2M roles. ' +
      'A user’s roles never reach it, and its roles never reach a user.',
    'Here the Inventory sync app may read and write products but not delete them; Ada’s Admin role may delete.',
  ],
  source: logtoDocs('Role-based access control', 'authorization/role-based-access-control'),
  world: 'default',
  steps: [
    {
      view: 'request',
      text: 'Choose Client credentials, the app, the resource and the two scopes, then Request token.',
      values: stepValues({ app: 'tokenscope-m2m', resource: PRODUCTS, scope: ['read:products', 'delete:products'] }),
    },
    {
      view: 'request',
      text: 'Now choose Authorization code, add the same resource and scopes, pick it under “Redeem the code for”, set prompt to login (to sign in as someone else), and Sign in as the user.',
      values: stepValues({
        resource: PRODUCTS,
        scope: ['read:products', 'delete:products'],
        prompt: 'login',
        user: 'ada',
      }),
    },
  ],
  check(evidence) {
    const tokens = issuedTokens(evidence).filter(isJwtAccessToken);
    const app = tokens.filter((t) => t.grant === 'client_credentials' && actsAsApp(t));
    const users = tokens.filter(actsAsUser);
    const pair = app
      .flatMap((a) => users.filter((u) => u.audiences.some((aud) => a.audiences.includes(aud))).map((u) => [a, u]))
      .find(([a, u]) => differingPermissions(a!, u!).length > 0);
    const sameApi = app.find((a) => users.some((u) => u.audiences.some((aud) => a.audiences.includes(aud))));
    return checkOf([
      tokenCriterion(
        'An M2M token from client credentials (`sub` = `client_id`)',
        app[0],
        'run Client credentials with an M2M app.',
      ),
      criterion(
        "A user's token for the same API",
        sameApi,
        () => 'both tokens name the same audience.',
        'sign in as a user with the resource the M2M token was for.',
      ),
      criterion(
        'A permission both asked for that only one of them holds',
        pair,
        ([a, u]) => `${differingPermissions(a!, u!).join(' ')} differs between the app's M2M role and the user's role.`,
        'ask both for a permission one of their roles lacks (delete:products).',
      ),
    ]);
  },
};
