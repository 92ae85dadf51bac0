import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutDetail, OPEN_DATA_FOLDER_BUTTON, showAbout } from '../../electron/main/about.js';
import { menuTemplate } from '../../electron/main/menu.js';
import { callsNamed, dialog, resetStandIn } from './stand-in/electron.js';

const info = {
  version: '0.1.0',
  electronVersion: '45.4.1',
  chromeVersion: '142.0.7444.59',
  nodeVersion: '22.20.0',
  dataDir: '/home/me/.config/Tokenscope',
};

beforeEach(() => resetStandIn());

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items
    .flatMap((item) => [item.role ?? item.label ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])])
    .filter(Boolean) as string[];
}

describe('menus', () => {
  const actions = { about: vi.fn(), openDataFolder: vi.fn(), openHelp: vi.fn() };

  it('has the standard roles on every platform, so the usual shortcuts work', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const all = roles(menuTemplate(platform, actions));
      for (const role of [
        'editMenu',
        'windowMenu',
        'reload',
        'toggleDevTools',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'About Tokenscope',
        'Open Data Folder',
      ]) {
        expect(all, `${platform}: ${role}`).toContain(role);
      }
    }
  });

  it('puts About and Quit where each platform expects them', () => {
    const mac = menuTemplate('darwin', actions);
    expect(mac[0]?.label).toBe('Tokenscope');
    expect(roles(mac.slice(0, 1))).toEqual(expect.arrayContaining(['About Tokenscope', 'quit', 'hide']));
    const linux = menuTemplate('linux', actions);
    expect(roles(linux.slice(0, 1))).toContain('quit');
    expect(roles(linux.slice(-1))).toContain('About Tokenscope');
  });
});

describe('about box', () => {
  it('names the versions and the data folder', () => {
    const detail = aboutDetail(info);
    for (const part of [
      '0.1.0',
      'Electron 45.4.1',
      'Chromium 142.0.7444.59',
      'Node.js 22.20.0',
      'Data folder: /home/me/.config/Tokenscope',
    ])
      expect(detail).toContain(part);
  });

  it('opens the data folder on request', async () => {
    const openFolder = vi.fn();
    dialog.responses = [OPEN_DATA_FOLDER_BUTTON];
    await showAbout(dialog, info, openFolder);
    expect(callsNamed('dialog.showMessageBox')[0]?.args[0]).toMatchObject({
      title: 'About Tokenscope',
      message: 'Tokenscope 0.1.0',
    });
    expect(openFolder).toHaveBeenCalledWith('/home/me/.config/Tokenscope');
    await showAbout(dialog, info, openFolder);
    expect(openFolder).toHaveBeenCalledTimes(1);
  });
});
