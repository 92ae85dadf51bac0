import { lazy, Suspense } from 'react';
import { useConnections, useFlows, useWorkspaces } from '../../app/stores';

// Shown once per workspace at most: its button and text load only when it shows, off the first screen's script.
const FirstRunOffer = lazy(() => import('./FirstRunOffer').then((m) => ({ default: m.FirstRunOffer })));

/**
 * What an empty workspace opens on: one button that gets a token from the sandbox and shows it explained in the
 * inspector, and a pointer to the lessons. Gone once the workspace has a run or a call.
 */
export function FirstRun() {
  const sandbox = useConnections((s) => s.connections.find((c) => c.kind === 'sandbox'));
  const { runs, listed } = useFlows();
  const empty = useWorkspaces((s) => s.status === 'ready' && s.workspaces.find((w) => w.id === s.currentId));
  if (!sandbox || !listed || runs.length > 0 || !empty || empty.historyCount > 0) return null;
  return (
    <Suspense fallback={null}>
      <FirstRunOffer sandbox={sandbox} />
    </Suspense>
  );
}
