import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { connectedTo, edgesOf, type WorldGraph } from '../../../../../shared/sandbox/world-graph';
import type { TokenPath } from '../../../../../shared/sandbox/token-path';
import { GraphCanvas, type Highlight } from './GraphCanvas';
import { NODE_HEIGHT, NODE_WIDTH, type GraphLayout } from './layout-world-graph';
import { findNodes, NAVIGATION_KEYS, nextNode, type NavigationKey } from './graph-navigation';
import { usePanZoom } from './use-pan-zoom';
import { NodeEdges } from './NodeEdges';

interface Props {
  graph: WorldGraph;
  layout: GraphLayout;
  path?: TokenPath;
}

/** The laid-out world: pan, zoom, fit, search, and every node reachable by keyboard. */
export function WorldGraphView({ graph, layout, path }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const zoom = useRef<HTMLDivElement>(null);
  const { zoomBy, fit, centre, isVisible } = usePanZoom(viewport, canvas, zoom);
  const [selected, setSelected] = useState<string>();
  const [active, setActive] = useState<string | undefined>(graph.nodes[0]?.id);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<string[]>([]);
  const [matchIndex, setMatchIndex] = useState(0);
  const placed = useMemo(() => [...layout.nodes.values()], [layout]);

  // A new world may have lost the picked or focused node.
  useEffect(() => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    setSelected((id) => (id && ids.has(id) ? id : undefined));
    setActive((id) => (id && ids.has(id) ? id : graph.nodes[0]?.id));
  }, [graph]);

  const fitAll = useCallback(() => fit(layout.width, layout.height), [fit, layout]);
  // Before the first paint: the graph's first frame is the fitted one (and at low zoom, without its unreadable text).
  useLayoutEffect(() => fitAll(), [fitAll]);

  const centreOn = useCallback(
    (id: string, always: boolean) => {
      const at = layout.nodes.get(id);
      if (!at) return;
      const [x, y] = [at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2];
      if (always || !isVisible(x, y)) centre(x, y);
    },
    [centre, isVisible, layout],
  );

  const focusNode = useCallback(
    (id: string, centred: boolean) => {
      setActive(id);
      centreOn(id, centred);
      // After React gave it tabIndex 0; preventScroll: the viewport is moved by the transform, not by scrolling.
      requestAnimationFrame(() =>
        viewport.current
          ?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)
          ?.focus({ preventScroll: true }),
      );
    },
    [centreOn],
  );

  const onNodeKeyDown = useCallback(
    (event: KeyboardEvent, id: string) => {
      if (NAVIGATION_KEYS.includes(event.key)) {
        event.preventDefault();
        focusNode(nextNode(placed, id, event.key as NavigationKey), false);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        setSelected((current) => (current === id ? undefined : id));
      } else if (event.key === 'Escape') {
        setSelected(undefined);
        setMatches([]);
      }
    },
    [focusNode, placed],
  );
  const onNodeClick = useCallback((id: string) => {
    setActive(id);
    setSelected((current) => (current === id ? undefined : id));
  }, []);
  const onNodeFocus = useCallback((id: string) => setActive(id), []);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const found = findNodes(graph.nodes, layout.nodes, query);
    const same = found.join('\n') === matches.join('\n');
    const index = same && found.length ? (matchIndex + 1) % found.length : 0;
    setMatches(found);
    setMatchIndex(index);
    if (found[index]) focusNode(found[index], true);
  };

  const highlight = useMemo((): Highlight | undefined => {
    if (selected) {
      const nodes = connectedTo(graph, selected);
      const edges = new Set(graph.edges.filter((e) => nodes.has(e.from) && nodes.has(e.to)).map((e) => e.id));
      return { nodes, edges, as: 'lit' };
    }
    if (path) return { nodes: path.nodes, edges: path.edges, as: 'on-path' };
    return undefined;
  }, [graph, path, selected]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const selectedNode = graph.nodes.find((n) => n.id === selected);

  return (
    <div className="world-graph">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
        <form onSubmit={search} role="search" className="graph-search">
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Find a user, role, scope or API"
            aria-label="Find a node"
            data-testid="graph-search"
          />
          <button type="submit">{matches.length > 1 ? 'Next' : 'Find'}</button>
        </form>
        <span className="hint" aria-live="polite" data-testid="graph-search-status">
          {query && matches.length === 0 ? '' : matches.length ? `${matchIndex + 1} of ${matches.length}` : ''}
        </span>
        <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={fitAll} data-testid="graph-fit">
          Fit
        </button>
        <span className="hint">
          {graph.nodes.length} nodes, {graph.edges.length} edges · drag to pan, wheel to zoom · arrows, Enter, Escape
        </span>
      </div>
      <div className="graph-viewport" ref={viewport} data-testid="graph-viewport">
        {/* Low detail until the fit has chosen (use-pan-zoom.ts writes it, React never does again). */}
        <div className="graph-canvas" ref={canvas} data-detail="low">
          {/* The pan moves the canvas, the zoom scales this layer inside it (use-pan-zoom.ts says why two). */}
          <div className="graph-zoom" ref={zoom}>
            <GraphCanvas
              graph={graph}
              layout={layout}
              highlight={highlight}
              selected={selected}
              active={active}
              matches={matchSet}
              broken={selected ? [] : (path?.broken ?? [])}
              onNodeKeyDown={onNodeKeyDown}
              onNodeClick={onNodeClick}
              onNodeFocus={onNodeFocus}
            />
          </div>
        </div>
      </div>
      {selectedNode && <NodeEdges graph={graph} node={selectedNode} edges={edgesOf(graph, selectedNode.id)} />}
    </div>
  );
}
