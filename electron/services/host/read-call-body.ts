import type { IncomingMessage } from 'node:http';

/**
 * How much of a refused body the host reads and throws away. A browser keeps uploading after an early answer and
 * reads that answer only once its upload ends; closing on it with bytes in flight resets the connection, and the
 * answer (and the next call, on a kept-alive socket) is lost. Past this, the connection is closed.
 */
export const DRAIN_BYTES = 64_000_000;

export type BodyResult = { kind: 'read'; text: string; bytes: number } | { kind: 'too_large' } | { kind: 'aborted' };

/** Reads a request body up to `limit` bytes; beyond it, stops keeping bytes and says so at once. */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const stop = (result: BodyResult) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) {
        // Paused, so what is still coming waits for drainRefusedBody instead of being lost.
        request.pause();
        return stop({ kind: 'too_large' });
      }
      chunks.push(chunk);
    };
    const onEnd = () => stop({ kind: 'read', text: Buffer.concat(chunks, bytes).toString('utf8'), bytes });
    // The client went away before the end: nobody is left to answer.
    const onClose = () => stop({ kind: 'aborted' });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('close', onClose);
  });
}

/**
 * After an answer that left the body unread: reads the rest and throws it away, so the socket serves the next call;
 * a body longer than DRAIN_BYTES closes the connection instead.
 */
export function drainRefusedBody(request: IncomingMessage): void {
  if (request.complete) return;
  let drained = 0;
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) request.socket?.destroy();
  });
  request.resume();
}
