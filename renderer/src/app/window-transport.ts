import { connectToMainSide } from '../api/connect-to-main-side';
import { answerEarly } from '../api/answer-early';
import { firstScreenAnswers } from '../api/first-screen-answers';
import { firstScreenInPage } from '../api/first-screen-in-page';
import { afterFirstScreen } from './first-screen-shown';

/**
 * The one transport of this window, made here and nowhere else. The first screen's reads are one answer
 * (`getFirstScreen`), not four. The browser host's launch page carries it inside, so the first screen asks for
 * nothing: the page's first request from script blocks its main thread 17-35 ms in Chromium here (a wait on the
 * browser process; later requests 1-3 ms), and its answer is a round trip more (issue 18, start-up). Elsewhere
 * (Electron, a reload) `main.tsx` imports this module before anything else, so the call leaves before React's code
 * is even evaluated.
 */
const opened = connectToMainSide(afterFirstScreen);

const early = answerEarly(opened.api, firstScreenAnswers(opened.api, firstScreenInPage(document)));

export const windowTransport = { subscribe: opened.subscribe, api: early.api };

/** Called once the first screen is drawn: what start-up's calls did not take is not served to later ones. */
export const forgetEarlyAnswers = early.forget;
