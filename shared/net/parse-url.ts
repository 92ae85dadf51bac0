/** `new URL` without the throw: text that is not an absolute URL gives undefined, for the caller to explain. */
export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
