import { randomBytes } from 'crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Doc, DuplicateKeyError } from '@g3n/docstore';
import { RUNTIME, Runtime } from '@g3n/platform';
import { CdcCursorCodec } from './cdc-cursor';

/** Secrets of the integration plane, outside every read model (a projection rebuild never touches them). */
export const IPM_VAULT = '_ipm_vault';
const SLOT = 'cdc-cursor-key';
/** Env override; at least 32 characters. Rotating it invalidates every outstanding cursor (400 invalid-cursor). */
export const CDC_CURSOR_KEY_ENV = 'G3N_CDC_CURSOR_KEY';

interface VaultKey extends Doc {
  slot: string;
  key: string;
}

/**
 * The cursor MAC key: `G3N_CDC_CURSOR_KEY` when set, else a random 32-byte key created once in the document store's
 * IPM vault. The vault is shared by every api process of a deployment (SQLite file or MongoDB), so a cursor issued
 * by one process is accepted by all; a unique index on the slot makes concurrent first starts agree on one key.
 */
@Injectable()
export class CdcCursorKeys {
  private codec?: Promise<CdcCursorCodec>;

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  get(): Promise<CdcCursorCodec> {
    this.codec ??= this.load().catch((error) => {
      this.codec = undefined;
      throw error;
    });
    return this.codec;
  }

  private async load(): Promise<CdcCursorCodec> {
    const configured = process.env[CDC_CURSOR_KEY_ENV]?.trim();
    if (configured) {
      if (configured.length < 32) throw new Error(`${CDC_CURSOR_KEY_ENV}: at least 32 characters`);
      return new CdcCursorCodec(Buffer.from(configured, 'utf8'));
    }
    const store = this.runtime.store;
    await store.ensureCollection({ name: IPM_VAULT, indexes: [{ fields: ['slot'], unique: true }] });
    const vault = store.collection<VaultKey>(IPM_VAULT);
    const read = async () => (await vault.find({ slot: SLOT }, { limit: 1 })).items[0];
    let entry = await read();
    if (!entry) {
      try {
        await vault.upsert({ _id: this.runtime.ids.next('key'), slot: SLOT, key: randomBytes(32).toString('base64') });
      } catch (error) {
        // Another process created it first: use theirs.
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
      entry = await read();
    }
    if (!entry) throw new Error('the CDC cursor key could not be created');
    return new CdcCursorCodec(Buffer.from(entry.key, 'base64'));
  }
}
