import { useState } from 'react';
import type { ClientSummary } from '../../../../shared/contract/connection';
import { clientOptions, LabeledSelect } from '../../components/form-fields';

/** The app a flow runs as, first the one of the kind the grant is meant for (Logto: device flow → Native app). */
export function useAppChoice(clients: readonly ClientSummary[], preferredKind: ClientSummary['kind']) {
  return useState(clients.find((c) => c.kind === preferredKind)?.clientId ?? clients[0]?.clientId ?? '');
}

/** The "Application" select of a flow's form. */
export function AppSelect(props: {
  testId: string;
  clients: readonly ClientSummary[];
  value: string;
  onValue(id: string): void;
}) {
  return <LabeledSelect label="Application" {...props} options={clientOptions(props.clients)} />;
}
