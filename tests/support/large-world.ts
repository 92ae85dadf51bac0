import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';

/**
 * The default world with `count` more users, each as a realistic tenant has them (a name, an email, a role and an
 * organization membership), written in block YAML the way a person or a script would write a world file.
 */
export function worldWithUsers(count: number): string {
  const users: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `user-${String(i).padStart(6, '0')}`;
    users.push(
      `  - id: ${id}\n    username: ${id}\n    name: Test User ${i}\n    email: ${id}@tokenscope.test\n` +
        `    roles: [${i % 3 === 0 ? 'editor' : 'viewer'}]\n    organizations:\n      - { organization: acme, roles: [member] }\n`,
    );
  }
  return DEFAULT_WORLD_YAML.replace('\napplications:\n', `${users.join('')}\napplications:\n`);
}
