import { describe, expect, it } from 'vitest';
import { explainFileError } from '../../electron/services/files/explain-file-error.js';

const FILE = '/home/u/.config/tokenscope/workspaces/workspaces.json';
const error = (code: string) => Object.assign(new Error(`${code}: raw text`), { code });

describe('explainFileError: the path, what is wrong, what to do; never the raw code alone', () => {
  it.each([
    ['EISDIR', /workspaces\.json is a folder, not a file.*Move it aside \(rename the folder\), then restart/],
    ['ENOTDIR', /A file stands where a folder of .*workspaces\.json should be.*Move that file aside/],
    ['EACCES', /may not read or write .*workspaces\.json.*Give your user read and write access/],
    ['EPERM', /may not read or write .*workspaces\.json/],
    ['EROFS', /read-only file system.*TOKENSCOPE_DATA_DIR/],
    ['ENOSPC', /disk holding .*workspaces\.json is full.*Free some space/],
    ['EIO', /could not use .*workspaces\.json, where it keeps your workspaces: EIO: raw text\. Check the file/],
  ])('%s', (code, explained) => {
    const message = explainFileError(error(code), FILE, 'your workspaces');
    expect(message).toMatch(explained);
    expect(message).toContain(FILE);
  });
});
