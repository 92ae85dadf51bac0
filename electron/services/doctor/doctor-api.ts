import type { DoctorApi } from '../../../shared/contract/methods/doctor-methods.js';
import type { ReadTenantRequest } from '../../../shared/contract/methods/tenant-methods.js';
import type { TenantReadResult } from '../../../shared/contract/tenant-read.js';
import { doctorResultOf } from '../../../shared/doctor/doctor-result.js';
import { runDoctor } from '../../../shared/doctor/run-doctor.js';
import type { Tenant } from '../../../shared/tenant/tenant.js';

export interface DoctorContext {
  /** The sandbox's world as a tenant, or why there is none (the sandbox did not start). */
  sandboxTenant(): Tenant | { error: string };
  sandboxConnectionId: string;
  /** Reads a connection's tenant through its Management API (the cached read unless `refresh`). */
  readTenant(request: ReadTenantRequest): Promise<TenantReadResult>;
}

/** The doctor over the sandbox's world (no read needed) or a connection's tenant read over HTTP. */
export function createDoctorApi(context: DoctorContext): DoctorApi {
  return {
    async runDoctor({ workspaceId, connectionId, refresh }) {
      if (connectionId === undefined || connectionId === context.sandboxConnectionId) {
        const tenant = context.sandboxTenant();
        if ('error' in tenant)
          return doctorResultOf(undefined, {
            kind: 'unreachable',
            message: `The sandbox is not running: ${tenant.error}`,
            fix: 'Start it from the Sandbox view, then run the doctor again.',
          });
        return doctorResultOf(runDoctor(tenant));
      }
      const read = await context.readTenant({
        connectionId,
        ...(workspaceId ? { workspaceId } : {}),
        ...(refresh ? { refresh } : {}),
      });
      return doctorResultOf(read.tenant && runDoctor(read.tenant), read.problem);
    },
  };
}
