import '../sandbox/graph/world-graph.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { GRAPH_NODE_LIMIT, tenantGraph, type WorldGraph } from '../../../../shared/sandbox/world-graph';
import { tenantTokenPath, type TokenPathInput } from '../../../../shared/sandbox/token-path';
import type { Tenant } from '../../../../shared/tenant/tenant';
import { Spinner } from '../../components/Spinner';
import { cancelLayout, layoutWorldGraph, type GraphLayout } from '../sandbox/graph/layout-world-graph';
import { GraphTokenPicker, useTracedToken } from '../sandbox/graph/use-traced-token';
import { TokenPathSummary } from '../sandbox/graph/TokenPathSummary';
import { WorldGraphView } from '../sandbox/graph/WorldGraphView';

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
  const tooLarge = graph.nodes.length > GRAPH_NODE_LIMIT;
  const [shown, setShown] = useState<{ graph: WorldGraph; layout: GraphLayout }>();
  const [layoutError, setLayoutError] = useState<string>();
  const pathOf = useCallback(
    (drawn: WorldGraph, input: TokenPathInput) => tenantTokenPath(tenant, drawn, input),
    [tenant],
  );
  const { choices, tokenId, setTokenId, path } = useTracedToken(issuer, shown?.graph, pathOf);

  useEffect(() => {
    if (tooLarge) return;
    let pending = true;
    layoutWorldGraph(graph)
      .then((layout) => {
        if (!pending) return;
        setShown({ graph, layout });
        setLayoutError(undefined);
      })
      .catch((error: Error) => {
        if (pending) setLayoutError(`The graph could not be laid out: ${error.message}`);
      })
      .finally(() => (pending = false));
    return () => {
      if (pending) cancelLayout();
      pending = false;
    };
  }, [graph, tooLarge]);

  return (
    <section className="world-picture" aria-label="The tenant as a graph" data-testid="tenant-picture">
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
      <GraphTokenPicker
        choices={choices}
        tokenId={tokenId}
        onPick={setTokenId}
        testId="tenant-graph-token"
        none="none: pick one of this session's tokens from this tenant"
        emptyHint="Request a token from this connection (Request a token view) to trace its path here."
      />
      {path && <TokenPathSummary path={path} />}
      {tooLarge && (
        <p className="hint" role="status" data-testid="tenant-graph-too-large">
          This tenant has {graph.nodes.length.toLocaleString('en')} nodes; the graph is drawn up to{' '}
          {GRAPH_NODE_LIMIT.toLocaleString('en')} (laying out more takes minutes). The counts above and the explanations
          of its tokens use the whole read all the same.
        </p>
      )}
      {layoutError && (
        <p className="error-card" role="alert">
          {layoutError}
        </p>
      )}
      {tooLarge ? null : shown ? (
        <WorldGraphView graph={shown.graph} layout={shown.layout} path={path} />
      ) : (
        !layoutError && <Spinner label={`Laying out ${graph.nodes.length} nodes…`} />
      )}
    </section>
  );
}
