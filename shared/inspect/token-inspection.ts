// The token inspector's analysis: pure, so the app, the renderer and `tokenscope inspect` share it.
export { analyzeToken, type AnalyzeOptions, type TokenAnalysis } from './analyze-token.js';
export { judgeToken, exitCodeOf, type Verdict, type VerdictStatus, type VerdictContext } from './verdict.js';
export { TOKEN_SIZE_LIMIT, CLAIM_DEPTH_LIMIT } from './limits.js';
export { jsonDepthExceeds } from './json-depth.js';
export { check, specUrl, type CheckId, type CheckResult, type CheckStatus } from './check-result.js';
export { detectTokenKind, normalizedTyp, type DetectedKind, type TokenHint, type TokenKind } from './token-kind.js';
export { isJwksDocument, publishedKeys, toKeySetFunction, type KeySetFunction, type KeySetInput } from './key-set.js';
export { ASYMMETRIC_ALGORITHMS, isAsymmetric, isSymmetric } from './algorithms.js';
export { relativeTime, duration, isoDate } from './relative-time.js';
export { checkSignature } from './checks/signature.js';
export { checkAlgorithm } from './checks/alg.js';
export { checkKeyId } from './checks/kid.js';
export { checkEmbeddedKeys } from './checks/embedded-key.js';
export { checkType, type TypOptions } from './checks/typ.js';
export { checkIssuer } from './checks/issuer.js';
export { checkAudience } from './checks/audience.js';
export { checkExpiry, checkNotBefore, checkIssuedAt, type Clock } from './checks/time-claims.js';
export { checkScope } from './checks/scope.js';
export { checkClientId } from './checks/client-id.js';
export { checkSubject, subjectKind } from './checks/subject.js';
export { checkOrganization } from './checks/organization.js';
export { checkSize, HEADER_SIZE_LIMIT } from './checks/size.js';
export {
  diffScopes,
  type ScopeDiff,
  type ScopeDiffInput,
  type ScopeRequest,
  type ScopeWorld,
  type ScopeRow,
  type ResourceScopes,
  type MissingReason,
  type MissingReasonCode,
} from './scope-diff.js';
export {
  compareTokens,
  type ComparedToken,
  type CompareOptions,
  type ClaimDifference,
  type TokenComparison,
} from './compare-tokens.js';
export { describeClaim, HEADER_PARAMETERS, PAYLOAD_CLAIMS } from './claim-explanations.js';
