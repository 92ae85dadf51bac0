import { ensureBuilt } from '../support/build.js';

// The end-to-end tests drive the built renderer, exactly what users get.
export default function setup(): void {
  ensureBuilt();
}
