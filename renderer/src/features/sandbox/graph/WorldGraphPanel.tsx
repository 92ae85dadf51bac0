import './world-graph.css';
import { useCallback, useMemo } from 'react';
import type { World } from '../../../../../shared/sandbox/world';
import { worldGraph, type WorldGraph } from '../../../../../shared/sandbox/world-graph';
import { tokenPath, type TokenPathInput } from '../../../../../shared/sandbox/token-path';
import { TracedGraph } from './TracedGraph';

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
  const pathOf = useCallback((drawn: WorldGraph, input: TokenPathInput) => tokenPath(world, drawn, input), [world]);
  return (
    <section className="request-form world-picture" aria-label="The world as a graph" data-testid="world-picture">
      <TracedGraph
        graph={graph}
        {...(issuer ? { issuer } : {})}
        pathOf={pathOf}
        picker={{
          testId: 'graph-token',
          none: "none: pick one of this session's sandbox tokens",
          emptyHint: 'Request a token from the sandbox (Request a token view) to trace its path here.',
        }}
        tooLarge={{
          testId: 'graph-too-large',
          subject: 'This world',
          instead:
            'The sandbox serves it all the same: edit it in the editor below, or trace a token in a smaller copy of it.',
        }}
        relayingOut="Laying out the edited world…"
        {...(onFirstPicture ? { onFirstPicture } : {})}
      />
    </section>
  );
}
