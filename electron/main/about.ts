export interface AboutInfo {
  version: string;
  electronVersion: string;
  chromeVersion: string;
  nodeVersion: string;
  dataDir: string;
}

/** The about box's text: what a bug report needs, and where the data lives. */
export function aboutDetail(info: AboutInfo): string {
  return [
    `Version ${info.version}`,
    `Electron ${info.electronVersion}`,
    `Chromium ${info.chromeVersion}`,
    `Node.js ${info.nodeVersion}`,
    '',
    `Data folder: ${info.dataDir}`,
  ].join('\n');
}

export interface AboutDialog {
  showMessageBox(options: {
    type: 'info';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
    noLink: boolean;
  }): Promise<{ response: number }>;
}

export const OPEN_DATA_FOLDER_BUTTON = 1;

/** Shows the about box; the second button opens the data folder. */
export async function showAbout(
  dialog: AboutDialog,
  info: AboutInfo,
  openFolder: (path: string) => unknown,
): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'info',
    title: 'About Tokenscope',
    message: `Tokenscope ${info.version}`,
    detail: aboutDetail(info),
    buttons: ['OK', 'Open data folder'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (response === OPEN_DATA_FOLDER_BUTTON) await openFolder(info.dataDir);
}
