/** Reading a Logto tenant through its Management API (GET only), per connection, with a cache the user refreshes. */
import { Type, type Static } from '@sinclair/typebox';
import { method, returns, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { inConnection } from './connection-methods.js';
import type { ManagementAccessSummary, TenantReadResult } from '../tenant-read.js';
import type { TimelineEntry } from '../../flows/timeline.js';

const closed = { additionalProperties: false } as const;
const OfConnection = () => Type.Object(inConnection(), closed);

const SetManagementAccessArgument = Type.Object(
  {
    ...inConnection(),
    /** A machine-to-machine app of the same tenant, holding a role with the Management API's `all`. */
    clientId: Type.String({ minLength: 1, maxLength: L.clientId }),
    /** Goes to the vault only; absent keeps the one there (the same app). */
    clientSecret: Type.Optional(Type.String({ minLength: 1, maxLength: L.clientSecret })),
    /** The Management API's indicator when the derived one is wrong (Logto Cloud behind a custom domain); "" clears. */
    managementApi: Type.Optional(Type.String({ maxLength: L.url })),
  },
  closed,
);
export type SetManagementAccessRequest = Static<typeof SetManagementAccessArgument>;

const ReadTenantArgument = Type.Object(
  {
    ...inConnection(),
    /** Read again even when a read is cached. */
    refresh: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type ReadTenantRequest = Static<typeof ReadTenantArgument>;

export const TENANT_METHODS = {
  /** Gives a connection Management API access (its secret to the vault); the indicator is derived unless set. */
  setManagementAccess: method(SetManagementAccessArgument, returns<ManagementAccessSummary>()),
  /** The connection's Management API access, or null when it has none. */
  getManagementAccess: method(OfConnection(), returns<ManagementAccessSummary | null>()),
  /** Reads the tenant (the cached read unless `refresh`); progress comes as `tenant-read-progress` events. */
  readTenant: method(ReadTenantArgument, returns<TenantReadResult>()),
  /** The last read of the connection's tenant, with its completeness, or null when it was never read. */
  getTenant: method(OfConnection(), returns<TenantReadResult | null>()),
  /** Every request of the last read, secrets masked: the timeline of a run. */
  getTenantReadTimeline: method(OfConnection(), returns<TimelineEntry[]>()),
};

export type TenantApi = ApiOf<typeof TENANT_METHODS>;
