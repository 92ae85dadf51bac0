import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { SignInPanel } from './SignInPanel';
import { TokenExchangePanel } from './TokenExchangePanel';
import { DevicePanel } from './DevicePanel';

/** Sign-in, token exchange and device authorization; their runs are in the run list below every grant. */
export function FlowsView({
  connection,
  show = ['sign-in', 'exchange', 'device'],
}: {
  connection: ConnectionSummary;
  show?: ('sign-in' | 'exchange' | 'device')[];
}) {
  return (
    <div className="panel" data-testid="flows-view">
      {show.includes('sign-in') && <SignInPanel connection={connection} />}
      {show.includes('exchange') && <TokenExchangePanel connection={connection} />}
      {show.includes('device') && <DevicePanel connection={connection} />}
    </div>
  );
}
