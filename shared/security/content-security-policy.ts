/**
 * The app's Content-Security-Policy, one for every shell: the Electron window and the browser host send it.
 * Monaco needs its workers from blob: URLs, inline styles and data: fonts, and the first screen's stylesheet is
 * written into index.html (one request less at start-up), which `'unsafe-inline'` in style-src also covers; nothing
 * needs inline scripts, eval, or another origin. renderer/index.html carries the same policy in a meta
 * tag (loaded from file://, a page has no response headers); the header covers the dev server and adds the
 * directives a meta tag cannot carry (frame-ancestors).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * Vite's dev server injects an inline React refresh preamble and talks to its page over a WebSocket;
 * only `electron-vite dev` gets this, never a build.
 */
export const DEV_CONTENT_SECURITY_POLICY = DIRECTIVES.map((directive) => {
  if (directive.startsWith('script-src')) return `${directive} 'unsafe-inline'`;
  if (directive.startsWith('connect-src')) return `${directive} ws://localhost:* ws://127.0.0.1:*`;
  return directive;
}).join('; ');
