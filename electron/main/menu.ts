import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  about(): void;
  openDataFolder(): void;
  openHelp(): void;
}

/**
 * The standard menus, built from Electron roles so every platform gets its usual shortcuts (copy, paste, zoom,
 * close, quit). Developer tools stay in the menu even when packaged: people use Tokenscope to debug.
 */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'About Tokenscope', click: () => actions.about() };
  const openDataFolder: MenuItemConstructorOptions = {
    label: 'Open Data Folder',
    click: () => actions.openDataFolder(),
  };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Tokenscope',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { label: 'File', submenu: [openDataFolder, { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Logto Documentation', click: () => actions.openHelp() },
        ...(mac ? [] : [{ type: 'separator' } as const, about]),
      ],
    },
  );
  return template;
}
