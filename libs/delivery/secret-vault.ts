import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { DocumentStore } from '@g3n/docstore';

/** Where sealed secrets live: one document per secret, only ciphertext, never the plaintext. */
export const VAULT_COLLECTION = '_vault';

interface VaultDoc {
  _id: string;
  alg: 'aes-256-gcm';
  iv: string;
  tag: string;
  ciphertext: string;
  created_at: string;
  [field: string]: unknown;
}

/**
 * Signing secrets (webhooks, subscriptions) sealed with AES-256-GCM in the document store. Events and read models
 * carry only the returned `vault_…` reference, so a log export, a projection rebuild or a read-model dump never
 * exposes a secret. The master key is `G3N_MASTER_KEY` (64 hex chars) or, when unset, one generated once into
 * `<G3N_DATA_DIR>/secrets/master.key` (mode 0600) — the same posture as the blob signing key.
 */
export class SecretVault {
  private ensured?: Promise<void>;

  constructor(private readonly store: DocumentStore, private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the vault master key must be 32 bytes (64 hex characters)');
  }

  /** The vault of a runtime (key from G3N_MASTER_KEY or the data directory). */
  static forRuntime(runtime: { store: DocumentStore; config: { dataDir: string } }): SecretVault {
    return new SecretVault(runtime.store, masterKey(runtime.config.dataDir));
  }

  /** Seals a secret and answers its reference. */
  async put(secret: string): Promise<string> {
    await this.ensure();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    const ref = `vault_${randomBytes(16).toString('hex')}`;
    const doc: VaultDoc = {
      _id: ref, alg: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'), created_at: new Date().toISOString(),
    };
    await this.store.collection<VaultDoc>(VAULT_COLLECTION).upsert(doc);
    return ref;
  }

  /** The secret behind a reference; throws when it is unknown or was sealed under another key. */
  async get(ref: string): Promise<string> {
    await this.ensure();
    const doc = await this.store.collection<VaultDoc>(VAULT_COLLECTION).get(ref);
    if (!doc) throw new Error(`vault: no secret ${ref}`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(doc.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(doc.tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(doc.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`vault: secret ${ref} cannot be opened with this master key`);
    }
  }

  /** Forgets a secret (a deleted target's); unknown references are ignored. */
  async delete(ref: string): Promise<void> {
    await this.ensure();
    await this.store.collection(VAULT_COLLECTION).delete(ref);
  }

  private ensure(): Promise<void> {
    this.ensured ??= this.store.ensureCollection({ name: VAULT_COLLECTION });
    return this.ensured;
  }
}

/** `G3N_MASTER_KEY` when set (64 hex chars), else a key generated once under the data directory. */
export function masterKey(dataDir: string, env: Record<string, string | undefined> = process.env): Buffer {
  const configured = env.G3N_MASTER_KEY?.trim();
  if (configured) {
    if (!/^[0-9a-fA-F]{64}$/.test(configured)) throw new Error('G3N_MASTER_KEY: expected 64 hex characters');
    return Buffer.from(configured, 'hex');
  }
  const dir = join(dataDir, 'secrets');
  const file = join(dir, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

/** A new Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
