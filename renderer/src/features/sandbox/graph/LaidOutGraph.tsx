import { Spinner } from '../../../components/Spinner';
import type { WorldGraph } from '../../../../../shared/sandbox/world-graph';
import type { TokenPath } from '../../../../../shared/sandbox/token-path';
import type { ShownGraph } from './use-graph-layout';
import { WorldGraphView } from './WorldGraphView';

interface Props {
  graph: WorldGraph;
  shown?: ShownGraph;
  layoutError?: string;
  path?: TokenPath;
  /** What the spinner says while a changed graph replaces the one shown; none: no spinner then. */
  relayingOut?: string;
}

/** The picture's body once a layout is asked for: its error, a spinner while ELK works, then the graph. */
export function LaidOutGraph({ graph, shown, layoutError, path, relayingOut }: Props) {
  return (
    <>
      {layoutError && (
        <p className="error-card" role="alert">
          {layoutError}
        </p>
      )}
      {shown ? (
        <>
          {relayingOut && shown.graph !== graph && !layoutError && <Spinner label={relayingOut} />}
          <WorldGraphView graph={shown.graph} layout={shown.layout} path={path} />
        </>
      ) : (
        !layoutError && <Spinner label={`Laying out ${graph.nodes.length} nodes…`} />
      )}
    </>
  );
}
