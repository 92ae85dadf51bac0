/**
 * How the browser host hands a page what it needs at launch. The launch address carries the per-launch secret in its
 * query (`/?launch=…`), so the host can answer that one request with the first screen's data inside the page; the
 * page then keeps the secret for its calls, and takes it out of the address bar.
 */
export const LAUNCH_SECRET_PARAMETER = 'launch';

/** The id of the page's data block (`<script type="application/json">`) that holds the first screen's answer. */
export const FIRST_SCREEN_ELEMENT_ID = 'tokenscope-first-screen';
