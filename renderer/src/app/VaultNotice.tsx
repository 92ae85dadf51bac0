import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/vault-status';

/** Says, once per session and dismissibly, when secrets are less protected than a user would assume. */
export function VaultNotice({ vault }: { vault: VaultStatus }) {
  const [dismissed, setDismissed] = useState(false);
  if (!vault.warning || dismissed) return null;
  return (
    <div className={`notice ${vault.backend === 'safe-storage-basic-text' ? 'notice-warn' : ''}`} role="status" data-testid="vault-notice">
      <span>{vault.warning}</span>
      <button type="button" onClick={() => setDismissed(true)} aria-label="Dismiss this notice">Dismiss</button>
    </div>
  );
}
