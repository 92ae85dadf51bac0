import { FIRST_SCREEN_ELEMENT_ID } from '../../../shared/contract/launch-page';
import { ApiCallError, envelopeOfHttpAnswer } from '../../../shared/contract/transport';
import type { FirstScreen } from '../../../shared/contract/first-screen';

/**
 * The first screen's answer the browser host put inside the launch page (`getFirstScreen` of the default workspace,
 * as its envelope), or undefined when the page came without one: in Electron, after a reload, or opened without the
 * secret. An answer that failed, or a block that is not an envelope, rejects as the call would have, so each store
 * then asks on its own and shows its own error.
 */
export function firstScreenInPage(page: Pick<Document, 'getElementById'>): Promise<FirstScreen> | undefined {
  const text = page.getElementById(FIRST_SCREEN_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  const envelope = envelopeOfHttpAnswer(200, text);
  return envelope.ok
    ? Promise.resolve(envelope.value as FirstScreen)
    : Promise.reject(new ApiCallError(envelope.error));
}
