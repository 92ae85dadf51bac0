import './world-graph.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { World } from '../../../../../shared/sandbox/world';
import { GRAPH_NODE_LIMIT, worldGraph, type WorldGraph } from '../../../../../shared/sandbox/world-graph';
import { tokenPath, type TokenPathInput } from '../../../../../shared/sandbox/token-path';
import { useGraphLayout } from './use-graph-layout';
import { LaidOutGraph } from './LaidOutGraph';
import { GraphTokenPicker, useTracedToken } from './use-traced-token';
import { TokenPathSummary } from './TokenPathSummary';

interface Props {
  /** The last world that validated: the one applied, or the editor's while it reads. */
  world: World;
  issuer?: string;
  /** Called once the first picture, or why there is none (too large, a layout error), is on screen. */
  onFirstPicture?(): void;
}

/**
 * The Sandbox view's graph, loaded with the view (a dynamic import): the world's graph laid out by ELK, and a
 * session token's path through it. While a new world is laid out the previous picture stays, so typing in the
 * editor never blanks it.
 */
export default function WorldGraphPanel({ world, issuer, onFirstPicture }: Props) {
  const graph = useMemo(() => worldGraph(world), [world]);
  const tooLarge = graph.nodes.length > GRAPH_NODE_LIMIT;
  const { shown, layoutError } = useGraphLayout(graph, tooLarge);
  const settled = Boolean(shown) || tooLarge || Boolean(layoutError);
  const told = useRef(false);
  useEffect(() => {
    if (!settled || told.current) return;
    told.current = true;
    // After the frame that shows it, not before: the editor's start would delay that frame.
    requestAnimationFrame(() => setTimeout(() => onFirstPicture?.(), 0));
  }, [settled, onFirstPicture]);
  const pathOf = useCallback((drawn: WorldGraph, input: TokenPathInput) => tokenPath(world, drawn, input), [world]);
  const { choices, tokenId, setTokenId, path } = useTracedToken(issuer, shown?.graph, pathOf);

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
      {!tooLarge && (
        <LaidOutGraph
          graph={graph}
          shown={shown}
          layoutError={layoutError}
          path={path}
          relayingOut="Laying out the edited world…"
        />
      )}
    </section>
  );
}
