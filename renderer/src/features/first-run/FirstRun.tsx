import { useConnections, useFlows, useWorkspaces } from '../../app/stores';
// In the first screen's script, not a chunk of its own: an empty workspace's first screen is this offer, and a chunk
// fetched after the connections are listed was one more round trip before it (issue 18, start-up).
import { FirstRunOffer } from './FirstRunOffer';

/**
 * What an empty workspace opens on: one button that gets a token from the sandbox and shows it explained in the
 * inspector, and a pointer to the lessons. Gone once the workspace has a run or a call.
 */
export function FirstRun() {
  const sandbox = useConnections((s) => s.connections.find((c) => c.kind === 'sandbox'));
  const { runs, listed } = useFlows();
  const empty = useWorkspaces((s) => s.status === 'ready' && s.workspaces.find((w) => w.id === s.currentId));
  if (!sandbox || !listed || runs.length > 0 || !empty || empty.historyCount > 0) return null;
  return <FirstRunOffer sandbox={sandbox} />;
}
