/** The tenant doctor: lint a tenant's RBAC (the sandbox's world, or a Logto tenant read through its Management API). */
import { Type, type Static } from '@sinclair/typebox';
import { method, returns, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { WorkspaceId } from './connection-methods.js';
import type { DoctorResult } from '../../doctor/doctor-result.js';

const closed = { additionalProperties: false } as const;

const RunDoctorArgument = Type.Object(
  {
    workspaceId: Type.Optional(WorkspaceId()),
    /** The connection whose tenant to check; the sandbox's (its world, no read) when absent. */
    connectionId: Type.Optional(Type.String({ minLength: 1, maxLength: L.id })),
    /** Read the tenant again rather than checking the cached read. */
    refresh: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type RunDoctorRequest = Static<typeof RunDoctorArgument>;

export const DOCTOR_METHODS = {
  /** Every doctor rule over the connection's tenant; `not-verified` when it could not be read whole. */
  runDoctor: method(RunDoctorArgument, returns<DoctorResult>()),
};

export type DoctorApi = ApiOf<typeof DOCTOR_METHODS>;
