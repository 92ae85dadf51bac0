import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useOfferedResources } from '../../app/use-offered-resources';

/**
 * The one API resource a flow's form asks for, among those the connection offers (RFC 8707): what the form sends
 * (`indicators`, none or one) and what its ResourcePicker is wired with (`picker`).
 */
export function useResourceChoice(connection: Pick<ConnectionSummary, 'id' | 'resources'>, first: string) {
  const offered = useOfferedResources(connection);
  const [resource, setResource] = useState(first);
  return {
    resource,
    offered,
    indicators: resource ? [resource] : [],
    picker: { value: resource, onChange: setResource, resources: offered },
  };
}
