// First: it takes the first screen's answer from the launch page, or sends the call for it, before the rest of this
// bundle is evaluated (window-transport.ts).
import { forgetEarlyAnswers } from './app/window-transport';
import { firstScreenShown } from './app/first-screen-shown';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstScreenLoaded } from './app/stores';
import './styles.css';

/**
 * How long the first render waits for the first screen's data. The main side answers in a few milliseconds, so the
 * first screen is laid out once, with its data, instead of twice (a spinner, then the data), and each layout of it
 * costs tens of milliseconds in a fresh window (issue 18). A main side slower than this gets the spinner.
 */
const FIRST_DATA_WAIT_MS = 250;

/** Renders nothing; its effect runs after the first screen is committed (as a rule, after it is painted). */
function OnFirstScreenShown() {
  useEffect(firstScreenShown, []);
  return null;
}

const renderApp = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
      <OnFirstScreenShown />
    </StrictMode>,
  );

void Promise.race([firstScreenLoaded, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]).then(() => {
  renderApp();
  // The first loads have taken their answers by now, or (a load that failed first) never will.
  void firstScreenLoaded.then(forgetEarlyAnswers);
});
