/**
 * A file system error in the user's words: which path, what is wrong with it, what to do. Raw codes (EISDIR,
 * EACCES) mean nothing to someone whose workspaces just stopped loading.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/**
 * `what`: what Tokenscope keeps in the file ("your workspaces and saved requests"). The message names the path and
 * the fix; the code stays at the end for a bug report.
 */
export function explainFileError(error: unknown, file: string, what: string): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const restart = 'then restart Tokenscope';
  switch (code) {
    case 'EISDIR':
      return `${file} is a folder, not a file: Tokenscope keeps ${what} in that file. Move it aside (rename the folder), ${restart}.`;
    case 'ENOTDIR':
      return `A file stands where a folder of ${file} should be: Tokenscope keeps ${what} there. Move that file aside, ${restart}.`;
    case 'EACCES':
    case 'EPERM':
      return `Tokenscope may not read or write ${file}, where it keeps ${what}. Give your user read and write access to it (and its folder), ${restart}.`;
    case 'EROFS':
      return `${file} is on a read-only file system, so ${what} cannot be saved. Set TOKENSCOPE_DATA_DIR to a writable folder, ${restart}.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding ${file} is full, so ${what} cannot be saved. Free some space; Tokenscope saves again at the next change.`;
    default:
      return `Tokenscope could not use ${file}, where it keeps ${what}: ${message}. Check the file and its folder, ${restart}.`;
  }
}
