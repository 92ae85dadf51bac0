import { clientAuthProblems } from './world-client-auth.js';
import { allResources } from './world-queries.js';
import type { WorldProblem } from './world-problem.js';
import type { ResourcePermissions, World, WorldMembership } from './world.js';

/**
 * Checks what a schema cannot: that every id a world mentions exists, ids are unique, and each app type carries
 * what Logto requires of it. Run after the schema passed, so the shape is known to be right.
 */
export function checkWorldReferences(world: World): WorldProblem[] {
  const problems: WorldProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });

  const unique = (items: { id: string }[] | undefined, base: string, what: string) => {
    const seen = new Set<string>();
    (items ?? []).forEach((item, i) => {
      if (seen.has(item.id))
        problem(`${base}/${i}/id`, `${what} id "${item.id}" is used twice; give each ${what} its own id.`);
      seen.add(item.id);
    });
  };
  unique(world.roles, '/roles', 'role');
  unique(world.users, '/users', 'user');
  unique(world.applications, '/applications', 'application');
  unique(world.organizations, '/organizations', 'organization');
  unique(world.organizationRoles, '/organizationRoles', 'organization role');
  unique(
    world.resources.map((r) => ({ id: r.indicator })),
    '/resources',
    'API resource',
  );

  const resources = new Map(allResources(world).map((r) => [r.indicator, new Set(r.permissions.map((p) => p.name))]));
  const known = [...resources.keys()].join(', ') || 'none';

  if (world.defaultResource !== undefined && !resources.has(world.defaultResource)) {
    problem(
      '/defaultResource',
      `"${world.defaultResource}" is not one of the API resources (${known}). Add it under resources or pick one of those.`,
    );
  }

  const checkPermissions = (perms: ResourcePermissions | undefined, base: string) => {
    for (const [indicator, names] of Object.entries(perms ?? {})) {
      const defined = resources.get(indicator);
      const at = `${base}/${escapePointer(indicator)}`;
      if (!defined) {
        problem(at, `no API resource has the indicator "${indicator}" (known: ${known}).`);
        continue;
      }
      names.forEach((name, i) => {
        if (!defined.has(name))
          problem(
            `${at}/${i}`,
            `"${name}" is not a permission of ${indicator} (it has: ${[...defined].join(', ') || 'none'}).`,
          );
      });
    }
  };
  world.roles.forEach((role, i) => checkPermissions(role.permissions, `/roles/${i}/permissions`));

  const orgPermissions = new Set((world.organizationPermissions ?? []).map((p) => p.name));
  (world.organizationRoles ?? []).forEach((role, i) => {
    (role.permissions ?? []).forEach((name, j) => {
      if (!orgPermissions.has(name)) {
        problem(
          `/organizationRoles/${i}/permissions/${j}`,
          `"${name}" is not listed under organizationPermissions; add it there.`,
        );
      }
    });
    checkPermissions(role.resourcePermissions, `/organizationRoles/${i}/resourcePermissions`);
  });

  const roleTypes = new Map(world.roles.map((r) => [r.id, r.type]));
  const checkRoles = (ids: string[] | undefined, base: string, type: 'user' | 'm2m') => {
    (ids ?? []).forEach((id, i) => {
      const actual = roleTypes.get(id);
      if (!actual) problem(`${base}/${i}`, `no role has the id "${id}".`);
      else if (actual !== type)
        problem(`${base}/${i}`, `role "${id}" is a ${actual} role; only ${type} roles can be given here.`);
    });
  };

  const organizations = new Set((world.organizations ?? []).map((o) => o.id));
  const orgRoles = new Map((world.organizationRoles ?? []).map((r) => [r.id, r.type]));
  // Logto: users hold User organization roles, apps MachineToMachine ones. An untyped role may be held by either
  // (worlds written before roles had types).
  const checkMemberships = (memberships: WorldMembership[] | undefined, base: string, holder: 'user' | 'm2m') => {
    (memberships ?? []).forEach((m, i) => {
      if (!organizations.has(m.organization))
        problem(`${base}/${i}/organization`, `no organization has the id "${m.organization}".`);
      m.roles.forEach((id, j) => {
        const type = orgRoles.get(id);
        if (!orgRoles.has(id)) problem(`${base}/${i}/roles/${j}`, `no organization role has the id "${id}".`);
        else if (type && type !== holder)
          problem(
            `${base}/${i}/roles/${j}`,
            `organization role "${id}" is a ${type} role; ${holder === 'user' ? 'users' : 'M2M apps'} hold only ${holder} organization roles (or untyped ones).`,
          );
      });
    });
  };

  const usernames = new Set<string>();
  const patValues = new Set<string>();
  world.users.forEach((user, i) => {
    if (usernames.has(user.username)) problem(`/users/${i}/username`, `username "${user.username}" is used twice.`);
    usernames.add(user.username);
    checkRoles(user.roles, `/users/${i}/roles`, 'user');
    checkMemberships(user.organizations, `/users/${i}/organizations`, 'user');
    (user.personalAccessTokens ?? []).forEach((pat, j) => {
      if (patValues.has(pat.value))
        problem(
          `/users/${i}/personalAccessTokens/${j}/value`,
          'this token value is used twice; each PAT needs its own value.',
        );
      patValues.add(pat.value);
      if (pat.expiresAt !== undefined && Number.isNaN(Date.parse(pat.expiresAt))) {
        problem(
          `/users/${i}/personalAccessTokens/${j}/expiresAt`,
          `"${pat.expiresAt}" is not a date-time; write it like 2030-01-31T00:00:00Z.`,
        );
      }
    });
  });

  world.applications.forEach((app, i) => {
    const base = `/applications/${i}`;
    problems.push(...clientAuthProblems(app, base));
    if (app.type === 'm2m') {
      if (app.redirectUris?.length)
        problem(`${base}/redirectUris`, 'M2M apps use client credentials only and have no redirect URIs.');
      checkRoles(app.roles, `${base}/roles`, 'm2m');
      checkMemberships(app.organizations, `${base}/organizations`, 'm2m');
    } else {
      if (app.roles?.length) problem(`${base}/roles`, 'only M2M apps have roles; users get theirs under users.');
      if (app.organizations?.length)
        problem(`${base}/organizations`, 'only M2M apps join organizations; users join under users.');
    }
  });

  return problems;
}

/** RFC 6901 §3: "~" and "/" inside a key. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
