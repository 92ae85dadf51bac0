import { UsageError } from './cli-command.js';

/**
 * Standard input as text, trimmed, read until it ends or passes `limit` characters: past the limit nothing more is
 * read or kept, and `over` says so, for the command to refuse the input in its own words.
 */
export async function readStdin(stdin: NodeJS.ReadableStream, limit: number): Promise<{ text: string; over: boolean }> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (text.trim().length > limit) return { text: text.trim(), over: true };
  }
  return { text: text.trim(), over: false };
}

/** A secret piped in with `--stdin NAME` (secrets never go in arguments); a secret is never a megabyte. */
export async function readSecretFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const { text, over } = await readStdin(stdin, 1024 * 1024);
  if (over) throw new UsageError('Standard input is over 1 MB: that is not a secret.');
  return text;
}
