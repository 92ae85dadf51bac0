import { fail, type StepOutcome } from './chain-step.js';
import { SOURCE_WORDS, type MetadataCandidate } from './metadata-candidates.js';

/** RFC 9728 §2: the members the chain reads. Others are kept as sent, for the user to read. */
export interface ResourceMetadata {
  resource: string;
  authorization_servers?: string[];
  scopes_supported?: string[];
  bearer_methods_supported?: string[];
  dpop_bound_access_tokens_required?: boolean;
  resource_name?: string;
  [member: string]: unknown;
}

/** What one candidate URL answered. */
export interface CandidateAnswer {
  candidate: MetadataCandidate;
  status?: number;
  contentType?: string;
  body?: string;
  /** No answer at all (refused, DNS, TLS, timeout). */
  error?: string;
}

type Read = { found: ResourceMetadata } | { absent: string } | { invalid: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** One answer: metadata, nothing there (try the next URL), or a document that is there but wrong. */
export function readCandidate(answer: CandidateAnswer): Read {
  if (answer.error) return { absent: `no answer (${answer.error})` };
  if (answer.status === undefined || answer.status < 200 || answer.status > 299)
    return { absent: `${answer.status ?? 'no'} status` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body ?? '');
  } catch {
    // A catch-all web page answers 200 with HTML on every path: nothing is published there.
    return { absent: `${answer.status} with ${answer.contentType || 'a body'} that is not JSON` };
  }
  if (!isRecord(parsed)) return { invalid: 'the document is JSON but not an object' };
  // RFC 9728 §2: `resource` is REQUIRED; the lists are JSON arrays of strings, the DPoP flag a boolean.
  if (typeof parsed.resource !== 'string' || !parsed.resource) return { invalid: 'it has no "resource" member' };
  for (const member of ['authorization_servers', 'scopes_supported', 'bearer_methods_supported'])
    if (parsed[member] !== undefined && !stringList(parsed[member]))
      return { invalid: `"${member}" is not a list of strings` };
  const dpop = parsed.dpop_bound_access_tokens_required;
  if (dpop !== undefined && typeof dpop !== 'boolean')
    return { invalid: '"dpop_bound_access_tokens_required" is not true or false' };
  return { found: parsed as ResourceMetadata };
}

export interface FoundMetadata {
  metadata: ResourceMetadata;
  candidate: MetadataCandidate;
}

/**
 * The metadata step from every answer, in the candidates' order: the first document found wins; a malformed one
 * breaks the chain there (it is the resource's answer, and a guess past it would be unverified).
 */
export function resourceMetadataOutcome(answers: CandidateAnswer[]): StepOutcome<FoundMetadata> {
  const tried: string[] = [];
  for (const answer of answers) {
    const read = readCandidate(answer);
    const where = `${answer.candidate.url} (${SOURCE_WORDS[answer.candidate.source]})`;
    if ('found' in read)
      return {
        ok: true,
        value: { metadata: read.found, candidate: answer.candidate },
        summary: `Found at ${where}.`,
        rule:
          answer.candidate.source === 'header'
            ? 'RFC 9728 §5.1: the URL the API named.'
            : 'RFC 9728 §3.1: the well-known URL, tried with the path first, then at the root.',
      };
    if ('invalid' in read)
      return fail(
        'bad-metadata',
        `${where} answered a metadata document that breaks RFC 9728 §2: ${read.invalid}.`,
        'Serve a JSON object with "resource" (the API\'s URL), "authorization_servers" (issuer URLs) ' +
          'and, optionally, "scopes_supported".',
      );
    tried.push(`${where}: ${read.absent}`);
  }
  const header = answers[0]?.candidate.source === 'header';
  return fail(
    'no-metadata',
    `No protected-resource metadata was found. Tried ${tried.join('; ')}.`,
    header
      ? 'The API named this URL in resource_metadata: serve the metadata there, or correct the header.'
      : 'Serve RFC 9728 metadata at the well-known URL for this path (or the root), ' +
          'or add resource_metadata="<url>" to the 401\'s WWW-Authenticate (RFC 9728 §5.1).',
  );
}
