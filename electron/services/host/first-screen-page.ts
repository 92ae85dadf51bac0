import type { ApiEnvelope } from '../../../shared/contract/transport.js';
import { FIRST_SCREEN_ELEMENT_ID, LAUNCH_SECRET_PARAMETER } from '../../../shared/contract/launch-page.js';

/** The empty data block the renderer's index.html carries, where the host may put the first screen's answer. */
const EMPTY_BLOCK = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}"></script>`;

/** The launch secret a page request carries in its query (`/?launch=…`), or undefined. */
export function launchSecretInQuery(url: string): string | undefined {
  const query = url.split('?')[1];
  if (query === undefined) return undefined;
  return new URLSearchParams(query.split('#')[0]).get(LAUNCH_SECRET_PARAMETER) ?? undefined;
}

/** Whether this page has a place for the first screen's answer (the renderer's index.html does; other pages not). */
export function hasFirstScreenBlock(html: string): boolean {
  return html.includes(EMPTY_BLOCK);
}

/**
 * The page with the first screen's answer in its data block, so the page renders it without a request first: the
 * page's first request from script blocks its main thread 17-35 ms in Chromium here, and the answer then takes a
 * round trip (issue 18, start-up). A data block (`type="application/json"`) is never executed, so the page's CSP
 * (`script-src 'self'`) holds. Every `<` is escaped, so no text in the answer can end the block (`</script>`) or
 * open a comment (HTML §4.12.1.3, restrictions for contents of script elements); JSON.parse reads `\u003c` back as `<`.
 */
export function withFirstScreen(html: string, envelope: ApiEnvelope): string {
  const json = JSON.stringify(envelope).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${json}</script>`;
  return html.replace(EMPTY_BLOCK, () => block);
}
