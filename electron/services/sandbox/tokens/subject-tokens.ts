import { randomBytes } from 'node:crypto';
import type { SandboxStore } from '../provider/memory-adapter.js';

/** Logto's impersonation subject tokens live 600 s and work once. */
export const SUBJECT_TOKEN_TTL = 600;

/**
 * Impersonation subject tokens (`sub_...`), which Logto issues from `POST /api/subject-tokens` and accepts in token
 * exchange as `urn:ietf:params:oauth:token-type:access_token`. Kept in the sandbox's store, across world changes.
 */
export class SubjectTokens {
  constructor(private readonly store: SandboxStore) {}

  issue(userId: string): { subjectToken: string; expiresIn: number } {
    const subjectToken = `sub_${randomBytes(24).toString('hex')}`;
    this.store.set(`SubjectToken:${subjectToken}`, { userId }, SUBJECT_TOKEN_TTL);
    return { subjectToken, expiresIn: SUBJECT_TOKEN_TTL };
  }

  /** The user the token impersonates; undefined when unknown, expired or already used. */
  consume(subjectToken: string): string | undefined {
    const key = `SubjectToken:${subjectToken}`;
    const entry = this.store.get(key);
    this.store.delete(key);
    return typeof entry?.userId === 'string' ? entry.userId : undefined;
  }
}
