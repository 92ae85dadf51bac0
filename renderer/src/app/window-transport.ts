import { connectToMainSide } from '../api/connect-to-main-side';
import { answerEarly } from '../api/answer-early';
import { firstScreenAnswers } from '../api/first-screen-answers';
import { afterFirstScreen } from './first-screen-shown';

/**
 * The one transport of this window, made here and nowhere else. `main.tsx` imports this module before anything else,
 * so the first screen's reads leave before React's code is even evaluated (sooner than from the stores by the
 * bundle's evaluation, 100 ms and more here), and as one call (`getFirstScreen`): each fetch costs the page's main
 * thread 5-15 ms here.
 */
const opened = connectToMainSide(afterFirstScreen);

const early = answerEarly(opened.api, firstScreenAnswers(opened.api));

export const windowTransport = { subscribe: opened.subscribe, api: early.api };

/** Called once the first screen is drawn: what start-up's calls did not take is not served to later ones. */
export const forgetEarlyAnswers = early.forget;
