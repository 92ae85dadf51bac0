import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/** Storage shared by every model of one sandbox; lives and dies with it (nothing touches the disk). */
export class SandboxStore {
  readonly entries = new Map<string, Entry>();
  private writes = 0;

  get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(key: string, payload: AdapterPayload, expiresIn?: number): void {
    this.entries.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    // The app can keep a sandbox up for days: drop what has expired now and then, not only when read.
    if (++this.writes % 500 === 0) this.sweep();
  }

  sweep(now = Date.now()): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

export function consumedAtKey(entryKey: string): string {
  return `consumedAt:${entryKey}`;
}

/** oidc-provider's adapter contract over a SandboxStore, one instance per model name. */
export class MemoryAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly store: SandboxStore,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    this.store.set(this.key(id), payload, expiresIn);
    if (payload.grantId) {
      // The member list lives as long as its longest-lived member.
      const grantKey = `grant:${payload.grantId}`;
      const members = (this.store.get(grantKey)?.members as string[] | undefined) ?? [];
      const until = Math.max(
        this.store.entries.get(grantKey)?.expiresAt ?? 0,
        expiresIn ? Date.now() + expiresIn * 1000 : Infinity,
      );
      this.store.set(
        grantKey,
        { members: [...members, this.key(id)] },
        Number.isFinite(until) ? (until - Date.now()) / 1000 : undefined,
      );
    }
    if (payload.userCode) this.store.set(`userCode:${payload.userCode}`, { id }, expiresIn);
    if (payload.uid) this.store.set(`uid:${this.model}:${payload.uid}`, { id }, expiresIn);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.store.get(this.key(id));
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const ref = this.store.get(`userCode:${userCode}`);
    return ref ? this.find(ref.id as string) : undefined;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const ref = this.store.get(`uid:${this.model}:${uid}`);
    return ref ? this.find(ref.id as string) : undefined;
  }

  async consume(id: string): Promise<void> {
    const payload = this.store.get(this.key(id));
    if (!payload) return;
    payload.consumed = Math.floor(Date.now() / 1000);
    // oidc-provider keeps whole seconds; grace periods need the exact moment.
    this.store.set(consumedAtKey(this.key(id)), { at: Date.now() }, 60);
  }

  async destroy(id: string): Promise<void> {
    this.store.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    const grantKey = `grant:${grantId}`;
    const members = (this.store.get(grantKey)?.members as string[] | undefined) ?? [];
    for (const key of members) this.store.delete(key);
    this.store.delete(grantKey);
  }
}
