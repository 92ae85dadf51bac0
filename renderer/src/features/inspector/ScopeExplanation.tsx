import { useEffect, useState } from 'react';
import type { ScopeDiff } from '../../../../shared/inspect/scope-diff';
import type { KnownRequest } from '../../stores/inspector-store';
import { api } from '../../app/stores';
import { ScopeTable } from './ScopeTable';

/** The scope table for a token whose request is known, e.g. under a flow's result. */
export function ScopeExplanation({ token, request }: { token: string; request: KnownRequest }) {
  const [state, setState] = useState<{ diff?: ScopeDiff; error?: string }>({});
  // Keyed by content: a parent hands over new arrays on every render.
  const resourceKey = request.resources.join(' ');
  const scopeKey = request.scopes.join(' ');
  const { grantedScope } = request;
  useEffect(() => {
    let live = true;
    const words = (key: string) => key.split(' ').filter(Boolean);
    api.explainScopes({ token, request: { resources: words(resourceKey), scopes: words(scopeKey) }, ...(grantedScope !== undefined ? { grantedScope } : {}) }).then(
      (diff) => live && setState({ diff }),
      (error: unknown) => live && setState({ error: `Tokenscope could not compare the scopes: ${(error as Error).message}` }),
    );
    return () => {
      live = false;
    };
  }, [token, resourceKey, scopeKey, grantedScope]);
  if (state.error) return <p className="hint" role="alert">{state.error}</p>;
  return state.diff ? <ScopeTable diff={state.diff} /> : null;
}
