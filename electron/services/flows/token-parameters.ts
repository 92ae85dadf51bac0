export interface TokenParameterInput {
  resources?: string[];
  scope?: string;
  organizationId?: string;
  extra?: Record<string, string>;
}

/**
 * URLSearchParams, not an object: RFC 8707 §2 allows `resource` more than once, and an object holds one value.
 * `organization_id` is Logto's parameter for organization tokens.
 */
export function tokenParameters(input: TokenParameterInput): URLSearchParams {
  const parameters = new URLSearchParams();
  for (const resource of input.resources ?? []) parameters.append('resource', resource);
  const scope = input.scope?.trim();
  if (scope) parameters.set('scope', scope);
  if (input.organizationId) parameters.set('organization_id', input.organizationId);
  for (const [name, value] of Object.entries(input.extra ?? {})) parameters.append(name, value);
  return parameters;
}
