import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { KNOWN_DIFFERENCES, type KnownDifference } from './known-differences.js';
import { comparable, comparableNote, type Origins } from './normalize.js';
import { loadRecordedWorld, loadRecording } from './recording.js';
import { Replayer } from './replay.js';
import { NOT_REPLAYED, replayRecording } from './script.js';

const recording = loadRecording();
const recordedOrigins: Origins = { origin: recording.logto_endpoint, issuer: `${recording.logto_endpoint}/oidc` };
const world = loadRecordedWorld();

let sandbox: SandboxHandle;
let replayer: Replayer;
let sandboxOrigins: Origins;

beforeAll(async () => {
  sandbox = await startSandbox({ world });
  sandboxOrigins = { origin: sandbox.origin, issuer: sandbox.issuer };
  const { ids } = recording;
  replayer = new Replayer(sandbox, world, {
    apps: { syncBot: ids.sync_bot, web: ids.web_app, webNoExchange: ids.web_app_no_exchange, native: ids.native_app },
    users: ids.users,
    organization: ids.org_acme,
  });
  await replayRecording(replayer, recording, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
}, 120_000);

afterAll(async () => {
  await sandbox?.close();
});

function differencesOf(scenario: string): KnownDifference[] {
  return KNOWN_DIFFERENCES.filter((d) => (Array.isArray(d.scenarios) ? d.scenarios.includes(scenario) : d.scenarios.test(scenario)));
}

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), value);
}

/** `value` with `replacement` at `path` (undefined removes it). */
function withValue(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const next = withValue(copy[key!], rest, replacement);
  if (next === undefined && !Array.isArray(copy)) delete copy[key!];
  else copy[key!] = next;
  return copy;
}

/** The recorded answer or note, and the sandbox's, both in the compared form. */
function bothSides(scenario: string): { logto: unknown; sandbox: unknown } {
  const recorded = recording.scenarios[scenario]!;
  if (scenario === 'jwks:summary') {
    const keys = (replayer.answers.get('jwks')?.body as { keys?: Record<string, unknown>[] } | undefined)?.keys ?? [];
    const summary = keys.map(({ kty, crv, alg, use, kid }) => ({ kty, crv, alg, use, kid }));
    return { logto: comparableNote(recorded.note, recordedOrigins), sandbox: comparableNote(summary, sandboxOrigins) };
  }
  if ('note' in recorded) {
    return { logto: comparableNote(recorded.note, recordedOrigins), sandbox: comparableNote(replayer.notes.get(scenario), sandboxOrigins) };
  }
  if (scenario === 'org:erin:sign_in_failed') {
    // Logto kept sending erin back to its consent page; the recording ends on that redirect.
    const signedIn = (replayer.notes.get(scenario) as { signedIn: boolean }).signedIn;
    return { logto: { loopsOnConsent: true }, sandbox: { loopsOnConsent: !signedIn } };
  }
  const answer = replayer.answers.get(scenario);
  if (!answer) throw new Error(`${scenario} was not replayed: add it to the script (script.ts) or to NOT_REPLAYED with the reason`);
  return {
    logto: comparable({ status: recorded.status, headers: recorded.headers, body: recorded.body }, recordedOrigins),
    sandbox: comparable(answer, sandboxOrigins),
  };
}

describe('conformance: the sandbox answers each recorded scenario as Logto v1.36.0 did', () => {
  for (const scenario of Object.keys(recording.scenarios)) {
    if (scenario in NOT_REPLAYED) {
      it.skip(`${scenario} (not replayed: ${NOT_REPLAYED[scenario]})`, () => {});
      continue;
    }
    it(scenario, () => {
      const { logto, sandbox: answered } = bothSides(scenario);
      let expected = logto;
      for (const difference of differencesOf(scenario)) {
        // The table must describe the recording as it is, or the row is wrong.
        expect(at(logto, difference.path), `KNOWN_DIFFERENCES: Logto's value at ${difference.path.join('.')}`).toEqual(difference.logto);
        expected = withValue(expected, difference.path, difference.sandbox);
      }
      expect(answered).toEqual(expected);
    });
  }

  it('lists each known difference for scenarios that were recorded', () => {
    const names = Object.keys(recording.scenarios);
    for (const difference of KNOWN_DIFFERENCES) {
      const hits = names.filter((n) => differencesOf(n).includes(difference));
      expect(hits.length, difference.reason).toBeGreaterThan(0);
      expect(difference.logto, difference.reason).not.toEqual(difference.sandbox);
    }
  });
});
