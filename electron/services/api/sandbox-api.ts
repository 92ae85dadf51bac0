import type { SandboxApi } from '../../../shared/contract/methods/sandbox-methods.js';
import type { SandboxControl } from '../sandbox-control/sandbox-control.js';

/** The Sandbox view's calls: what runs, and changing its world without a restart. */
export function createSandboxApi(control: SandboxControl): SandboxApi {
  return {
    async getSandbox() {
      return control.state();
    },
    async applySandboxWorld({ text }) {
      return control.apply(text);
    },
    async resetSandboxWorld() {
      return control.reset();
    },
  };
}
