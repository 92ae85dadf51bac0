/**
 * The recorder's run, step by step, against the sandbox: which app sends each recorded request and which earlier
 * answer's token it carries. The forms are the recorded ones; only redacted values (secrets, codes, verifiers,
 * refresh tokens, the PAT) are filled in from this sandbox.
 */
import type { Recording } from './recording.js';
import { REDIRECT_URI, TOKEN_EXCHANGE, type Client, type Replayer } from './replay.js';

type Form = Record<string, string | string[]>;

/** Scenarios that record how the recorder set the tenant up, not an answer: the world file says the same. */
export const NOT_REPLAYED: Record<string, string> = {
  'provision:pat_create_response': 'Management API write (creating the PAT); the world file holds bob-pat instead',
  'provision:features': 'Logto feature flags the recorder switched on; the sandbox has them on always',
  'provision:web_app_customClientMetadata': 'Management API write; the world file sets allowTokenExchange on web-app',
  'provision:native_app': "Management API read of the native app's metadata; the world file holds the same URIs",
};

/** The recorded form without redacted values, which the step fills in. */
function form(recording: Recording, scenario: string): Form {
  const recorded = recording.scenarios[scenario]?.request?.form;
  if (!recorded) throw new Error(`${scenario} has no recorded form`);
  const out: Form = {};
  for (const [name, value] of Object.entries(recorded)) {
    if (typeof value === 'string' && value.startsWith('<redacted')) continue;
    if (name === 'client_id' || name === 'client_secret') continue;
    out[name] = value;
  }
  return out;
}

function authRequest(recording: Recording, scenario: string) {
  const request = recording.scenarios[scenario]?.request?.auth_request as
    { scope: string; resource: string | string[]; prompt?: string } | undefined;
  if (!request) throw new Error(`${scenario} has no recorded authorization request`);
  return request;
}

/** Replays every recorded scenario in the recorded order. */
export async function replayRecording(
  r: Replayer,
  recording: Recording,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const web = r.client('web');
  const syncBot = r.client('syncBot');
  const syncBotPost = r.client('syncBot', 'client_secret_post');
  const native = r.client('native', 'none');
  const f = (scenario: string) => form(recording, scenario);

  await r.get('discovery', '/.well-known/openid-configuration');
  await r.get('jwks', '/jwks');

  // Client credentials (sync-bot, M2M).
  for (const scenario of [
    'cc:products_three_scopes',
    'cc:products_no_scope',
    'cc:no_resource',
    'cc:unknown_resource',
    'cc:two_resources',
    'cc:resource_not_assigned_to_app',
    'cc:organization_id',
    'cc:organization_id_with_resource',
    'cc:organization_id_unknown_org',
  ]) {
    await r.token(scenario, syncBot, f(scenario));
  }
  await r.token('cc:products_post_auth', syncBotPost, f('cc:products_post_auth'));
  await r.token('cc:wrong_secret_basic', { ...syncBot, secret: 'wrong-secret' }, f('cc:wrong_secret_basic'));
  await r.token('cc:wrong_secret_post', { ...syncBotPost, secret: 'wrong-secret' }, f('cc:wrong_secret_post'));
  await r.token(
    'cc:unknown_client',
    { id: 'no-such-client', secret: 'whatever', auth: 'client_secret_basic' },
    f('cc:unknown_client'),
  );
  await r.token('cc:web_app_not_allowed', web, f('cc:web_app_not_allowed'));

  // Authorization code for the web app, then its refresh tokens.
  for (const user of ['alice', 'carol', 'dave']) {
    const exchange = `code:${user}:code_exchange`;
    await codeExchange(r, web, user, `code:${user}:authorization_response`, exchange, recording);
  }
  const rt0 = r.refreshToken('code:alice:code_exchange');
  await r.token('refresh:alice:resource_products', web, {
    ...f('refresh:alice:resource_products'),
    refresh_token: rt0,
  });
  const rt1 = r.refreshToken('refresh:alice:resource_products');
  r.notes.set('refresh:alice:rotation', { new_refresh_token_returned: true, differs_from_previous: rt1 !== rt0 });
  await r.token('refresh:alice:resource_orders_not_granted', web, {
    ...f('refresh:alice:resource_orders_not_granted'),
    refresh_token: rt1,
  });
  const sameRt = await r.token('refresh:alice:after_invalid_target_same_rt_products', web, {
    ...f('refresh:alice:after_invalid_target_same_rt_products'),
    refresh_token: rt1,
  });
  r.notes.set('refresh:alice:rt_consumed_by_invalid_target', sameRt.status !== 200);
  let latest = sameRt.status === 200 ? r.refreshToken('refresh:alice:after_invalid_target_same_rt_products') : rt1;
  for (const scenario of [
    'refresh:alice:no_resource',
    'refresh:alice:scope_narrowed',
    'refresh:alice:scope_widened_not_granted',
    'refresh:alice:organization_id_without_org_scope',
  ]) {
    const answer = await r.token(scenario, web, { ...f(scenario), refresh_token: latest });
    if (answer.status === 200) latest = r.refreshToken(scenario);
  }
  const reuse = await r.token('refresh:alice:reuse_rotated_rt0', web, {
    ...f('refresh:alice:reuse_rotated_rt0'),
    refresh_token: rt0,
  });
  if (reuse.status === 200) latest = r.refreshToken('refresh:alice:reuse_rotated_rt0');
  await r.token('refresh:alice:after_reuse_latest_rt', web, {
    ...f('refresh:alice:after_reuse_latest_rt'),
    refresh_token: latest,
  });
  for (const user of ['carol', 'dave']) {
    const scenario = `refresh:${user}:resource_products`;
    await r.token(scenario, web, { ...f(scenario), refresh_token: r.refreshToken(`code:${user}:code_exchange`) });
  }

  // /auth errors, answered on the redirect.
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
  await r.authorize('auth:unknown_resource', {
    resource: 'https://unknown.example.test',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  await r.authorize('auth:pkce_plain', { code_challenge: challenge, code_challenge_method: 'plain' });
  await r.authorize('auth:no_pkce_traditional_app', {});

  // The native app: public client, loopback redirect on another port, rotation and the reuse grace.
  await codeExchange(
    r,
    native,
    'alice',
    'native:alice:loopback_other_port:authorization_response',
    'native:alice:loopback_other_port:code_exchange',
    recording,
  );
  const nativeRt0 = r.refreshToken('native:alice:loopback_other_port:code_exchange');
  await r.token('native:refresh_1', native, { ...f('native:refresh_1'), refresh_token: nativeRt0 });
  const nativeRt1 = r.refreshToken('native:refresh_1');
  r.notes.set('native:rotation', { new_refresh_token_returned: true, differs_from_previous: nativeRt1 !== nativeRt0 });
  await r.token('native:reuse_rt0_immediately', native, {
    ...f('native:reuse_rt0_immediately'),
    refresh_token: nativeRt0,
  });
  await sleep(4000);
  await r.token('native:reuse_rt0_after_4s', native, { ...f('native:reuse_rt0_after_4s'), refresh_token: nativeRt0 });
  await r.token('native:rt1_after_rt0_reuse', native, { ...f('native:rt1_after_rt0_reuse'), refresh_token: nativeRt1 });

  // Userinfo.
  await r.get('userinfo:opaque', '/me', r.accessToken('refresh:alice:no_resource'));
  await r.get('userinfo:jwt_products', '/me', r.accessToken('refresh:carol:resource_products'));
  await r.get('userinfo:no_token', '/me');

  // Organization tokens: sign-ins with the organizations scope, then refreshes with organization_id.
  const orgFlows: [string, string][] = [
    ['orgNoReservedResource', 'alice'],
    ['org', 'alice'],
    ['org', 'carol'],
  ];
  for (const [flow, user] of orgFlows) {
    const prefix = `${flow}:${user}`;
    await codeExchange(r, web, user, `${prefix}:authorization_response`, `${prefix}:code_exchange`, recording);
    await organizationRefreshes(r, web, prefix, recording);
  }
  const erin = await r.signIn('org:erin:sign_in_failed', web, 'erin', {
    ...authRequest(recording, 'org:carol:code_exchange'),
  });
  r.notes.set('org:erin:sign_in_failed', { signedIn: erin.code !== undefined });
  await codeExchange(
    r,
    web,
    'erin',
    'orgWithoutReadOrders:erin:authorization_response',
    'orgWithoutReadOrders:erin:code_exchange',
    recording,
  );
  await organizationRefreshes(r, web, 'orgWithoutReadOrders:erin', recording);
  await codeExchange(r, web, 'dave', 'org:dave:authorization_response', 'org:dave:code_exchange', recording);
  await organizationRefreshes(r, web, 'org:dave', recording);

  // Personal access tokens (RFC 8693 token exchange).
  const bobPat = r.patOf('bob');
  for (const scenario of [
    'pat:web_app_resource_products',
    'pat:web_app_resource_products_no_scope',
    'pat:web_app_no_resource',
    'pat:web_app_reuse_same_pat',
    'pat:web_app_unknown_resource',
    'pat:wrong_subject_token_type',
  ]) {
    await r.token(scenario, web, { ...f(scenario), subject_token: bobPat });
  }
  // The recorder's invalid PAT: 28 characters with the pat_ prefix.
  await r.token('pat:web_app_invalid_pat', web, {
    ...f('pat:web_app_invalid_pat'),
    subject_token: 'pat_NoSuchTokenAtAll00000000',
  });
  await r.token('pat:app_without_token_exchange', r.client('webNoExchange'), {
    ...f('pat:app_without_token_exchange'),
    subject_token: bobPat,
  });
  await r.token('pat:m2m_app', syncBot, { ...f('pat:m2m_app'), subject_token: bobPat });
  await r.token('pat:native_app_public_client', native, {
    grant_type: TOKEN_EXCHANGE,
    subject_token: bobPat,
    subject_token_type: 'urn:logto:token-type:personal_access_token',
    resource: 'https://api.products.test',
  });

  // The Management API's refusals.
  await r.get('mgmt:no_authorization_header', '/api/users');
  await r.get('mgmt:sync_bot_products_token', '/api/users', r.accessToken('cc:products_post_auth'));
  await r.token(
    'mgmt:sync_bot_token_for_management_resource',
    syncBot,
    f('mgmt:sync_bot_token_for_management_resource'),
  );
  await r.get(
    'mgmt:token_without_all_scope',
    '/api/users',
    r.accessToken('mgmt:sync_bot_token_for_management_resource'),
  );
  await r.get('mgmt:opaque_token', '/api/users', r.accessToken('refresh:alice:no_resource'));
  await r.get('mgmt:garbage_bearer', '/api/users', 'garbage');

  // Introspection of the web app's own tokens.
  await r.introspect('introspection:jwt_access_token', web, r.accessToken('refresh:alice:after_reuse_latest_rt'));
  await r.introspect('introspection:opaque_access_token', web, r.accessToken('refresh:alice:no_resource'));
}

async function codeExchange(
  r: Replayer,
  client: Client,
  user: string,
  note: string,
  scenario: string,
  recording: Recording,
): Promise<void> {
  const { code, verifier } = await r.signIn(note, client, user, authRequest(recording, scenario));
  if (!code) throw new Error(`the sign-in for ${scenario} came back without a code`);
  await r.token(scenario, client, {
    ...form(recording, scenario),
    code,
    code_verifier: verifier,
    redirect_uri: REDIRECT_URI,
  });
}

async function organizationRefreshes(r: Replayer, client: Client, prefix: string, recording: Recording): Promise<void> {
  let latest = r.refreshToken(`${prefix}:code_exchange`);
  const steps = Object.keys(recording.scenarios).filter((name) => name.startsWith(`${prefix}:refresh_`));
  for (const scenario of steps) {
    const answer = await r.token(scenario, client, { ...form(recording, scenario), refresh_token: latest });
    if (answer.status === 200) latest = r.refreshToken(scenario);
  }
}
