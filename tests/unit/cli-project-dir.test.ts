import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { projectDir, packageVersion } from '../../electron/cli/project-dir.js';
import { PROJECT_DIR } from '../support/build.js';

// The CLI runs from its sources (electron/cli/commands/) and built into chunks (out/main/): both find the checkout.
describe('the project folder of the command line', () => {
  it.each([
    ['a command in its source folder', 'electron/cli/commands/web.ts'],
    ['the CLI entry', 'electron/cli/main.ts'],
    ['a built chunk', 'out/main/cli.js'],
  ])('from %s', (_name, file) => {
    expect(projectDir(pathToFileURL(`${PROJECT_DIR}${file}`).href)).toBe(PROJECT_DIR.replace(/\/$/, ''));
  });

  it('says so when there is no Tokenscope package above', () => {
    expect(() => projectDir(pathToFileURL(`${tmpdir()}/x.js`).href)).toThrow(/Tokenscope's package.json is not above/);
  });

  it('reads the version from package.json', () => {
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
