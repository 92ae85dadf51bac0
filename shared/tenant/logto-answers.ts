/**
 * The parts of Logto Management API answers a tenant model needs, read defensively: a real tenant (or something
 * else at its URL) may answer anything, so each item is checked and an item that is not in Logto's shape is
 * counted, never guessed at. Shapes as Logto's `packages/core/src/routes/*.openapi.json` describe them.
 */
import type { TenantApplicationType, TenantPermission, TenantRoleType } from './tenant.js';

export interface LogtoResource {
  id: string;
  indicator: string;
  name: string;
  isDefault: boolean;
  accessTokenTtl?: number;
  /** Present with `?includeScopes=true`. */
  scopes?: TenantPermission[];
}
export interface LogtoRole {
  id: string;
  name: string;
  type: TenantRoleType;
  description?: string;
}
/** `/roles/:id/scopes` items carry their resource; organization-role `resourceScopes` only its id. */
export interface LogtoScope {
  name: string;
  resourceId?: string;
  resourceIndicator?: string;
}
export interface LogtoUser {
  id: string;
  username?: string;
  name?: string;
  email?: string;
}
export interface LogtoApplication {
  id: string;
  name: string;
  type: TenantApplicationType;
  typeName?: string;
  allowTokenExchange: boolean;
  rotateRefreshToken?: boolean;
  refreshTokenTtlInDays?: number;
  /** Logto lists an app's secret with it: kept only so the reader can mask it in the timeline. */
  secret?: string;
}
export interface LogtoOrganization {
  id: string;
  name: string;
  description?: string;
}
/** A member of an organization (`/organizations/:id/users` or `/applications`), with its organization role ids. */
export interface LogtoMember {
  id: string;
  organizationRoleIds: string[];
}
export interface LogtoOrganizationRole {
  id: string;
  name: string;
  type?: TenantRoleType;
  description?: string;
  scopes: string[];
  resourceScopes: LogtoScope[];
}

type Json = Record<string, unknown>;
const record = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const optional = <K extends string, V>(key: K, value: V | undefined | null): Partial<Record<K, V>> =>
  value === undefined || value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>);

const ROLE_TYPES: readonly string[] = ['User', 'MachineToMachine'];
const APP_TYPES: readonly string[] = ['Native', 'SPA', 'Traditional', 'MachineToMachine', 'Protected', 'SAML'];

function roleType(v: unknown): TenantRoleType | undefined {
  return typeof v === 'string' && ROLE_TYPES.includes(v) ? (v as TenantRoleType) : undefined;
}

function permission(v: unknown): TenantPermission | undefined {
  const o = record(v);
  const name = text(o?.name);
  return name === undefined ? undefined : { name, ...optional('description', text(o?.description)) };
}

export function parseResource(v: unknown): LogtoResource | undefined {
  const o = record(v);
  const [id, indicator, name] = [text(o?.id), text(o?.indicator), text(o?.name)];
  if (!o || !id || !indicator || name === undefined) return undefined;
  const ttl = typeof o.accessTokenTtl === 'number' ? o.accessTokenTtl : undefined;
  const scopes = Array.isArray(o.scopes) ? o.scopes.map(permission) : undefined;
  if (scopes?.includes(undefined)) return undefined;
  return {
    id,
    indicator,
    name,
    isDefault: o.isDefault === true,
    ...optional('accessTokenTtl', ttl),
    ...(scopes ? { scopes: scopes as TenantPermission[] } : {}),
  };
}

export const parsePermission = permission;

export function parseRole(v: unknown): LogtoRole | undefined {
  const o = record(v);
  const [id, name, type] = [text(o?.id), text(o?.name), roleType(o?.type)];
  if (!id || name === undefined || !type) return undefined;
  return { id, name, type, ...optional('description', text(o?.description)) };
}

export function parseScope(v: unknown): LogtoScope | undefined {
  const o = record(v);
  const name = text(o?.name);
  const resource = record(o?.resource);
  const resourceId = text(o?.resourceId) ?? text(resource?.id);
  if (name === undefined || (!resourceId && !text(resource?.indicator))) return undefined;
  return { name, ...optional('resourceId', resourceId), ...optional('resourceIndicator', text(resource?.indicator)) };
}

export function parseUser(v: unknown): LogtoUser | undefined {
  const o = record(v);
  const id = text(o?.id);
  if (!id) return undefined;
  return {
    id,
    ...optional('username', text(o?.username)),
    ...optional('name', text(o?.name)),
    ...optional('email', text(o?.primaryEmail)),
  };
}

export function parseApplication(v: unknown): LogtoApplication | undefined {
  const o = record(v);
  const [id, name, type] = [text(o?.id), text(o?.name), text(o?.type)];
  if (!id || name === undefined || !type) return undefined;
  const custom = record(o?.customClientMetadata) ?? {};
  const known = APP_TYPES.includes(type);
  return {
    id,
    name,
    type: known ? (type as TenantApplicationType) : 'Other',
    ...(known ? {} : { typeName: type }),
    allowTokenExchange: custom.allowTokenExchange === true,
    ...optional(
      'rotateRefreshToken',
      typeof custom.rotateRefreshToken === 'boolean' ? custom.rotateRefreshToken : undefined,
    ),
    ...optional(
      'refreshTokenTtlInDays',
      typeof custom.refreshTokenTtlInDays === 'number' ? custom.refreshTokenTtlInDays : undefined,
    ),
    ...optional('secret', text(o?.secret)),
  };
}

export function parseOrganization(v: unknown): LogtoOrganization | undefined {
  const o = record(v);
  const [id, name] = [text(o?.id), text(o?.name)];
  if (!id || name === undefined) return undefined;
  return { id, name, ...optional('description', text(o?.description)) };
}

export function parseMember(v: unknown): LogtoMember | undefined {
  const o = record(v);
  const id = text(o?.id);
  if (!id) return undefined;
  const roles = Array.isArray(o?.organizationRoles) ? o.organizationRoles.map((r) => text(record(r)?.id)) : [];
  if (roles.includes(undefined)) return undefined;
  return { id, organizationRoleIds: roles as string[] };
}

export function parseOrganizationRole(v: unknown): LogtoOrganizationRole | undefined {
  const o = record(v);
  const [id, name] = [text(o?.id), text(o?.name)];
  if (!id || name === undefined) return undefined;
  const scopes = Array.isArray(o?.scopes) ? o.scopes.map((s) => text(record(s)?.name)) : [];
  const resourceScopes = Array.isArray(o?.resourceScopes) ? o.resourceScopes.map(parseScope) : [];
  if (scopes.includes(undefined) || resourceScopes.includes(undefined)) return undefined;
  return {
    id,
    name,
    ...optional('type', roleType(o?.type)),
    ...optional('description', text(o?.description)),
    scopes: scopes as string[],
    resourceScopes: resourceScopes as LogtoScope[],
  };
}

/** Items of a list answer in Logto's shape, and how many were not. */
export function parseItems<T>(body: unknown, parse: (v: unknown) => T | undefined): { items: T[]; skipped: number } {
  if (!Array.isArray(body)) return { items: [], skipped: 1 };
  const items: T[] = [];
  let skipped = 0;
  for (const v of body) {
    const item = parse(v);
    if (item === undefined) skipped++;
    else items.push(item);
  }
  return { items, skipped };
}
