import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import type { World } from '../../shared/sandbox/world.js';

/** One entry of ground-truth.json: a request and Logto's answer, or a note the recorder wrote beside them. */
export interface RecordedScenario {
  request?: Record<string, unknown> & {
    form?: Record<string, string | string[]>;
    auth_request?: Record<string, unknown>;
  };
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  note?: unknown;
}

export interface Recording {
  logto_endpoint: string;
  ids: {
    sync_bot: string;
    web_app: string;
    web_app_no_exchange: string;
    native_app: string;
    org_acme: string;
    users: Record<string, string>;
  };
  scenarios: Record<string, RecordedScenario>;
}

const here = (name: string) => fileURLToPath(new URL(`./recorded/${name}`, import.meta.url));

export function loadRecording(): Recording {
  return JSON.parse(readFileSync(here('ground-truth.json'), 'utf8')) as Recording;
}

export function loadRecordedWorld(): World {
  return parseWorld(readFileSync(here('sandbox-world.yaml'), 'utf8'), 'tests/conformance/recorded/sandbox-world.yaml');
}
