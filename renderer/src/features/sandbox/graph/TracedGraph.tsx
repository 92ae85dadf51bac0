import { useEffect, useRef } from 'react';
import { GRAPH_NODE_LIMIT, type WorldGraph } from '../../../../../shared/sandbox/world-graph';
import type { TokenPath, TokenPathInput } from '../../../../../shared/sandbox/token-path';
import { useGraphLayout } from './use-graph-layout';
import { LaidOutGraph } from './LaidOutGraph';
import { GraphTokenPicker, useTracedToken } from './use-traced-token';
import { TokenPathSummary } from './TokenPathSummary';

interface Props {
  graph: WorldGraph;
  /** The issuer whose tokens of this session can be traced; none, none can. */
  issuer?: string;
  /** How a token's path is found in this graph: the sandbox's world and a tenant read each have their own. */
  pathOf(graph: WorldGraph, input: TokenPathInput): TokenPath;
  /** The token picker's test id, its empty option's words, and what to do when the session has no token to trace. */
  picker: { testId: string; none: string; emptyHint: string };
  /** A graph over the drawing limit: its test id, what it is ("This world"), and what the user can do instead. */
  tooLarge: { testId: string; subject: string; instead: string };
  /** What the spinner says while a changed graph replaces the one shown; none: no spinner then. */
  relayingOut?: string;
  /** Called once the first picture, or why there is none (too large, a layout error), is on screen. */
  onFirstPicture?(): void;
}

/**
 * A graph laid out by ELK with a session token's path lit through it: the body of the Sandbox view's picture of its
 * world and of the Tenant view's picture of a tenant read, which differ only in their graph, how a path is found,
 * and their words.
 */
export function TracedGraph({ graph, issuer, pathOf, picker, tooLarge, relayingOut, onFirstPicture }: Props) {
  const over = graph.nodes.length > GRAPH_NODE_LIMIT;
  const { shown, layoutError } = useGraphLayout(graph, over);
  const { choices, tokenId, setTokenId, path } = useTracedToken(issuer, shown?.graph, pathOf);
  const settled = Boolean(shown) || over || Boolean(layoutError);
  const told = useRef(false);
  useEffect(() => {
    if (!settled || told.current || !onFirstPicture) return;
    told.current = true;
    // After the frame that shows it, not before: what the caller starts then would delay that frame.
    requestAnimationFrame(() => setTimeout(onFirstPicture, 0));
  }, [settled, onFirstPicture]);

  return (
    <>
      <GraphTokenPicker choices={choices} tokenId={tokenId} onPick={setTokenId} {...picker} />
      {path && <TokenPathSummary path={path} />}
      {over ? (
        <p className="hint" role="status" data-testid={tooLarge.testId}>
          {tooLarge.subject} has {graph.nodes.length.toLocaleString('en')} nodes; the graph is drawn up to{' '}
          {GRAPH_NODE_LIMIT.toLocaleString('en')} (laying out more takes minutes). {tooLarge.instead}
        </p>
      ) : (
        <LaidOutGraph
          graph={graph}
          shown={shown}
          layoutError={layoutError}
          path={path}
          {...(relayingOut ? { relayingOut } : {})}
        />
      )}
    </>
  );
}
