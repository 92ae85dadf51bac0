import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A trivial JSON API on loopback, in its own Node process: nothing of its work lands on the client's thread. */
const TRIVIAL_API = `
  const body = JSON.stringify({ data: [{ id: 'p-1', name: 'Teapot', price: 24 }, { id: 'p-2', name: 'Kettle', price: 39 }] });
  const server = require('node:http').createServer((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); });
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  process.stdin.on('end', () => process.exit(0)).resume();
`;

export async function startTrivialApi(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['-e', TRIVIAL_API], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the trivial API exited ${code} before listening`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { url: `http://127.0.0.1:${port}/products`, stop: () => child.stdin!.end() };
}
