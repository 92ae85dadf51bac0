import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/vault-status';

const PROBLEM_TITLES = {
  'wrong-passphrase': 'Your saved secrets are locked',
  damaged: 'Your vault of secrets is damaged',
  unreadable: 'Your vault of secrets cannot be read',
} as const;

/**
 * A vault that cannot be opened, said for as long as it lasts (what happened, the file, what to do); otherwise,
 * once per session and dismissibly, when secrets are less protected than a user would assume.
 */
export function VaultNotice({ vault }: { vault: VaultStatus }) {
  const [dismissed, setDismissed] = useState(false);
  if (vault.problem) {
    return (
      <div className="notice notice-warn" role="alert" data-testid="vault-problem" data-kind={vault.problem.kind}>
        <span>
          <strong>{PROBLEM_TITLES[vault.problem.kind]}.</strong> {vault.problem.message} Connections that need a secret
          show it as missing until then; entering one is refused, so the file is never written over.
        </span>
      </div>
    );
  }
  if (!vault.warning || dismissed) return null;
  return (
    <div
      className={`notice ${vault.backend === 'safe-storage-basic-text' ? 'notice-warn' : ''}`}
      role="status"
      data-testid="vault-notice"
    >
      <span>{vault.warning}</span>
      <button type="button" onClick={() => setDismissed(true)} aria-label="Dismiss this notice">
        Dismiss
      </button>
    </div>
  );
}
