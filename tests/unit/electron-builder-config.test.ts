import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
type Target = string | { target: string; arch?: string[] };
interface Platform {
  icon: string;
  target: Target[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  npmRebuild: boolean;
  artifactName: string;
  protocols: Array<{ name: string; schemes: string[] }>;
  mac: Platform;
  win: Platform;
  linux: Platform;
  dmg: { artifactName: string };
  nsis: { artifactName: string };
}

const config = parse(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as BuilderConfig;
const targetNames = (platform: Platform) =>
  platform.target.map((target) => (typeof target === 'string' ? target : target.target));

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('names the app', () => {
    expect(config.appId).toBe('dev.tokenscope.app');
    expect(config.productName).toBe('Tokenscope');
  });

  it('registers the tokenscope: scheme the shell listens on', async () => {
    const { PROTOCOL_SCHEME } = await import('../../electron/main/protocol-url.js');
    expect(config.protocols).toEqual([expect.objectContaining({ schemes: [PROTOCOL_SCHEME] })]);
  });

  it('builds AppImage and deb for Linux, dmg for macOS, nsis for Windows', () => {
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(targetNames(config.win)).toEqual(['nsis']);
  });

  it('puts version and architecture in every artifact name', () => {
    for (const name of [config.artifactName, config.dmg.artifactName, config.nsis.artifactName]) {
      expect(name).toContain('${version}');
      expect(name).toContain('${arch}');
    }
  });

  it('ships only the build output and package.json, with an icon that exists', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    for (const platform of ['mac', 'win', 'linux'] as const) {
      const icon = new URL(config[platform].icon, root);
      expect(readFileSync(icon).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('does not rebuild native modules (that would download Electron headers)', () => {
    expect(config.npmRebuild).toBe(false);
    const scripts = (
      JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.postinstall ?? '').not.toMatch(/install-app-deps/);
  });
});
