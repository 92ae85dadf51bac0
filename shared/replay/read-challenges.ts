/** Every `WWW-Authenticate` field of a response, parsed and explained. */
import { explainChallenge, type ExplainContext } from './explain-challenge.js';
import { explainErrorBody } from './explain-error-body.js';
import type { ReplayHeader, ReplayResponse } from './types.js';
import { parseWwwAuthenticate } from './www-authenticate.js';

export function readChallenges(
  headers: ReplayHeader[],
  context: ExplainContext,
): Pick<ReplayResponse, 'challenges' | 'explanations' | 'challengeProblems'> {
  // RFC 9110 §11.6.1: the field may be sent several times; each line is a list of challenges.
  const fields = headers.filter((h) => h.name.toLowerCase() === 'www-authenticate').map((h) => h.value);
  const challenges: ReplayResponse['challenges'] = [];
  const challengeProblems: string[] = [];
  for (const field of fields) {
    const parsed = parseWwwAuthenticate(field);
    challenges.push(...parsed.challenges);
    challengeProblems.push(...parsed.problems);
  }
  const nonce = headers.find((h) => h.name.toLowerCase() === 'dpop-nonce')?.value;
  const withNonce = nonce ? { ...context, dpopNonce: nonce } : context;
  return { challenges, explanations: challenges.map((c) => explainChallenge(c, withNonce)), challengeProblems };
}

/** The challenges, and the body's own explanation when it has one the challenges lack. */
export function explainResponse(
  headers: ReplayHeader[],
  body: string,
  context: ExplainContext & { status: number },
): Pick<ReplayResponse, 'challenges' | 'explanations' | 'challengeProblems' | 'bodyExplanation'> {
  const read = readChallenges(headers, context);
  const fromBody = explainErrorBody(body, context.status);
  return { ...read, ...(fromBody ? { bodyExplanation: { ...fromBody, scheme: 'Bearer' } } : {}) };
}
