import './world-graph.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { World } from '../../../../../shared/sandbox/world';
import { GRAPH_NODE_LIMIT, sameShape, worldGraph, type WorldGraph } from '../../../../../shared/sandbox/world-graph';
import { tokenPath, type TokenPathInput } from '../../../../../shared/sandbox/token-path';
import { Spinner } from '../../../components/Spinner';
import { cancelLayout, layoutWorldGraph, type GraphLayout } from './layout-world-graph';
import { GraphTokenPicker, useTracedToken } from './use-traced-token';
import { WorldGraphView } from './WorldGraphView';
import { TokenPathSummary } from './TokenPathSummary';

interface Props {
  /** The last world that validated: the one applied, or the editor's while it reads. */
  world: World;
  issuer?: string;
}

/**
 * The Sandbox view's graph, loaded with the view (a dynamic import): the world's graph laid out by ELK, and a
 * session token's path through it. While a new world is laid out the previous picture stays, so typing in the
 * editor never blanks it.
 */
export default function WorldGraphPanel({ world, issuer }: Props) {
  const graph = useMemo(() => worldGraph(world), [world]);
  const [shown, setShown] = useState<{ graph: WorldGraph; layout: GraphLayout }>();
  const [layoutError, setLayoutError] = useState<string>();
  const pathOf = useCallback((drawn: WorldGraph, input: TokenPathInput) => tokenPath(world, drawn, input), [world]);
  const { choices, tokenId, setTokenId, path } = useTracedToken(issuer, shown?.graph, pathOf);

  const tooLarge = graph.nodes.length > GRAPH_NODE_LIMIT;
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // The layout ELK is working on. An equal world handed over meanwhile (the editor checks its text as it mounts and
  // gives a new object of the same shape) waits for it: cancelling would end the worker and start a cold one.
  const running = useRef<{ graph: WorldGraph; layout: Promise<GraphLayout> }>(undefined);
  useEffect(
    () => () => {
      if (running.current) cancelLayout();
      running.current = undefined;
    },
    [],
  );

  useEffect(() => {
    if (tooLarge) return;
    const previous = shownRef.current;
    if (previous && sameShape(previous.graph, graph)) return setShown({ graph, layout: previous.layout });
    if (running.current && !sameShape(running.current.graph, graph)) {
      cancelLayout();
      running.current = undefined;
    }
    if (!running.current) {
      // The benchmark splits "layout and first render" at these marks (npm run bench world-graph).
      performance.mark('world-graph:layout-start');
      running.current = { graph, layout: layoutWorldGraph(graph) };
    }
    const mine = running.current;
    let current = true;
    mine.layout
      .then((layout) => {
        if (running.current === mine) running.current = undefined;
        if (!current) return;
        performance.mark('world-graph:laid-out');
        setShown({ graph, layout });
        setLayoutError(undefined);
      })
      .catch((error: Error) => {
        if (running.current === mine) running.current = undefined;
        if (current) setLayoutError(`The graph could not be laid out: ${error.message}`);
      });
    return () => {
      current = false;
    };
  }, [graph, tooLarge]);

  return (
    <section className="world-picture" aria-label="The world as a graph" data-testid="world-picture">
      <GraphTokenPicker
        choices={choices}
        tokenId={tokenId}
        onPick={setTokenId}
        testId="graph-token"
        none="none: pick one of this session's sandbox tokens"
        emptyHint="Request a token from the sandbox (Request a token view) to trace its path here."
      />
      {path && <TokenPathSummary path={path} />}
      {tooLarge && (
        <p className="hint" role="status" data-testid="graph-too-large">
          This world has {graph.nodes.length.toLocaleString('en')} nodes; the graph is drawn up to{' '}
          {GRAPH_NODE_LIMIT.toLocaleString('en')} (laying out more takes minutes). The sandbox serves it all the same:
          edit it in the editor below, or trace a token in a smaller copy of it.
        </p>
      )}
      {layoutError && (
        <p className="error-card" role="alert">
          {layoutError}
        </p>
      )}
      {tooLarge ? null : shown ? (
        <>
          {shown.graph !== graph && !layoutError && <Spinner label="Laying out the edited world…" />}
          <WorldGraphView graph={shown.graph} layout={shown.layout} path={path} />
        </>
      ) : (
        !layoutError && <Spinner label={`Laying out ${graph.nodes.length} nodes…`} />
      )}
    </section>
  );
}
