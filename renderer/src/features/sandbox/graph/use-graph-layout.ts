import { useEffect, useRef, useState } from 'react';
import { sameShape, type WorldGraph } from '../../../../../shared/sandbox/world-graph';
import { cancelLayout, layoutWorldGraph, type GraphLayout } from './layout-world-graph';

export interface ShownGraph {
  graph: WorldGraph;
  layout: GraphLayout;
}

/**
 * A graph laid out by ELK, for the world's picture and a tenant's. While a new graph is laid out the previous picture
 * stays (`shown` is the last laid out), so typing in the world editor never blanks it. Nothing is laid out when
 * `skip` (a graph over the drawing limit).
 */
export function useGraphLayout(graph: WorldGraph, skip: boolean): { shown?: ShownGraph; layoutError?: string } {
  const [shown, setShown] = useState<ShownGraph>();
  const [layoutError, setLayoutError] = useState<string>();
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // The layout ELK is working on. An equal graph handed over meanwhile (the editor checks its text as it mounts and
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
    if (skip) return;
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
  }, [graph, skip]);

  return { shown, layoutError };
}
