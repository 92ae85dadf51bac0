import { analyzeToken, type AnalyzeOptions, type TokenAnalysis } from '../../../shared/inspect/analyze-token.js';
import { decodeToken } from '../../../shared/token/decode.js';
import { TOKEN_SIZE_LIMIT } from '../../../shared/inspect/limits.js';
import { issuerKeySet, type IssuerKeySetOptions } from './issuer-key-set.js';

export interface InspectRequest extends Omit<AnalyzeOptions, 'jwks'> {
  token: string;
  /** The issuer whose keys verify the token; absent: discovered from the token's own `iss`. */
  issuer?: string;
  jwksUri?: string;
}

/**
 * The Node side of the inspector: the same pure analysis, with the issuer's keys fetched and cached here.
 * Keys come from the trusted issuer when given; otherwise from the token's `iss`, which the `iss` row then flags.
 */
export async function inspectToken(
  request: InspectRequest,
  keyOptions: Omit<IssuerKeySetOptions, 'jwksUri'> = {},
): Promise<TokenAnalysis> {
  const { token, issuer, jwksUri, ...options } = request;
  // Over the limit the analysis refuses the input: nothing to decode, no issuer to ask.
  const decoded = decodeToken(typeof token === 'string' && token.length <= TOKEN_SIZE_LIMIT ? token : '');
  const tokenIssuer =
    decoded.kind === 'jwt' && typeof decoded.payload.iss === 'string' ? decoded.payload.iss : undefined;
  const keysFrom = issuer ?? tokenIssuer;
  const jwks = keysFrom && decoded.kind === 'jwt' ? issuerKeySet(keysFrom, { ...keyOptions, jwksUri }) : undefined;
  return analyzeToken(token, {
    ...options,
    jwks,
    expectedIssuer: options.expectedIssuer ?? issuer,
    keysFromTokenIssuer: !issuer && Boolean(jwks),
  });
}
