import '../sandbox/graph/world-graph.css';
import { useCallback, useMemo } from 'react';
import { tenantGraph, type WorldGraph } from '../../../../shared/sandbox/world-graph';
import { tenantTokenPath, type TokenPathInput } from '../../../../shared/sandbox/token-path';
import type { Tenant } from '../../../../shared/tenant/tenant';
import { TracedGraph } from '../sandbox/graph/TracedGraph';

interface Props {
  tenant: Tenant;
  /** The connection's issuer: the tokens of this session it issued can be traced. */
  issuer: string;
}

/**
 * A tenant read through its Management API as the same graph the Sandbox view draws of its world, read-only (there is
 * nothing to edit: Tokenscope never writes to a tenant), with a session token's path lit through it. Loaded with
 * the picture (a dynamic import), as elkjs is.
 */
export default function TenantGraphPanel({ tenant, issuer }: Props) {
  const graph = useMemo(() => tenantGraph(tenant), [tenant]);
  const pathOf = useCallback(
    (drawn: WorldGraph, input: TokenPathInput) => tenantTokenPath(tenant, drawn, input),
    [tenant],
  );

  return (
    <section className="request-form world-picture" aria-label="The tenant as a graph" data-testid="tenant-picture">
      <p className="hint">
        Who gets which scope in this tenant as read at {new Date(tenant.readAt).toLocaleString()}, read-only: change it
        in the Logto Console, then Refresh.
      </p>
      {!tenant.completeness.complete && (
        <p className="hint" role="status" data-testid="tenant-picture-partial">
          The read is partial: the graph lacks what was not read (listed above), so a path missing here may exist in the
          tenant.
        </p>
      )}
      <TracedGraph
        graph={graph}
        issuer={issuer}
        pathOf={pathOf}
        picker={{
          testId: 'tenant-graph-token',
          none: "none: pick one of this session's tokens from this tenant",
          emptyHint: 'Request a token from this connection (Request a token view) to trace its path here.',
        }}
        tooLarge={{
          testId: 'tenant-graph-too-large',
          subject: 'This tenant',
          instead: 'The counts above and the explanations of its tokens use the whole read all the same.',
        }}
      />
    </section>
  );
}
