import { useMemo, useState } from 'react';
import type { WorldGraph } from '../../../../../shared/sandbox/world-graph';
import type { TokenPath, TokenPathInput } from '../../../../../shared/sandbox/token-path';
import { useFlows } from '../../../app/stores';
import { tokenChoices, type TokenChoice } from './token-choices';

/**
 * The session token picked to trace through a drawn graph, and its path: the same for the sandbox's world and a
 * tenant read, which differ only in how a path is found (`pathOf`).
 */
export function useTracedToken(
  issuer: string | undefined,
  graph: WorldGraph | undefined,
  pathOf: (graph: WorldGraph, input: TokenPathInput) => TokenPath,
) {
  const runs = useFlows((s) => s.runs);
  const choices = useMemo(() => tokenChoices(runs, issuer), [runs, issuer]);
  const [tokenId, setTokenId] = useState('');
  const choice = choices.find((c) => c.id === tokenId);
  const path = useMemo(() => (choice && graph ? pathOf(graph, choice.input) : undefined), [choice, graph, pathOf]);
  return { choices, tokenId, setTokenId, path };
}

interface PickerProps {
  choices: TokenChoice[];
  tokenId: string;
  onPick(id: string): void;
  testId: string;
  /** The empty option's words, and what to do when the session has no token to trace. */
  none: string;
  emptyHint: string;
}

/** "Trace a token": the session's tokens this graph can trace. */
export function GraphTokenPicker({ choices, tokenId, onPick, testId, none, emptyHint }: PickerProps) {
  return (
    <div className="graph-token-picker">
      <label>
        Trace a token{' '}
        <select value={tokenId} onChange={(e) => onPick(e.target.value)} data-testid={testId}>
          <option value="">{none}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {choices.length === 0 && <span className="hint">{emptyHint}</span>}
    </div>
  );
}
