import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Vite names built assets by content hash, so they can be cached for good; index.html never. */
  immutable: boolean;
}

/** Reads a file of the built renderer; refuses anything outside it (`..`, absolute paths). */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const full = normalize(join(root, relative));
  if (!full.startsWith(normalize(root) + sep)) return undefined;
  try {
    const body = await readFile(full);
    return {
      body,
      contentType: CONTENT_TYPES[extname(full)] ?? 'application/octet-stream',
      immutable: relative.startsWith('/assets/'),
    };
  } catch {
    return undefined;
  }
}
