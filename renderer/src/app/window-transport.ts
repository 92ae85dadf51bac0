import { connectToMainSide } from '../api/connect-to-main-side';
import { answerEarly } from '../api/answer-early';
import { firstScreenAnswers } from '../api/first-screen-answers';
import { afterFirstScreen } from './first-screen-shown';

/**
 * The one transport of this window, made here and nowhere else. `main.tsx` imports this module before anything else,
 * so the first screen's reads leave before React's code is even evaluated (sooner than from the stores by the
 * bundle's evaluation, 100 ms and more here), and as one call (`getFirstScreen`): one answer to wait for, not four.
 * The page's first request from script blocks its main thread 17-35 ms here (a wait on the browser process; later
 * requests 1-3 ms), so it leaves as early as it can.
 */
const opened = connectToMainSide(afterFirstScreen);

const early = answerEarly(opened.api, firstScreenAnswers(opened.api));

export const windowTransport = { subscribe: opened.subscribe, api: early.api };

/** Called once the first screen is drawn: what start-up's calls did not take is not served to later ones. */
export const forgetEarlyAnswers = early.forget;
