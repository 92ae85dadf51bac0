import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/** Storage shared by every model of one sandbox; lives and dies with it (nothing touches the disk). */
export class SandboxStore {
  readonly entries = new Map<string, Entry>();

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
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
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
      const grantKey = `grant:${payload.grantId}`;
      const members = (this.store.get(grantKey)?.members as string[] | undefined) ?? [];
      this.store.set(grantKey, { members: [...members, this.key(id)] });
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
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
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
