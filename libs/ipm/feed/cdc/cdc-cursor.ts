import { createHmac, timingSafeEqual } from 'crypto';
import { validationError } from '@g3n/es';

/** Cursor format version: bump when the payload changes meaning; older versions are refused as invalid. */
export const CDC_CURSOR_VERSION = 1;

interface CursorPayload {
  v: number;
  org: string;
  pos: number;
}

const b64url = (buffer: Buffer) => buffer.toString('base64url');

/**
 * The CDC cursor: an opaque `base64url(JSON {v, org, pos}).base64url(HMAC-SHA256)`. It is a log position bound to one
 * org, so it survives restarts and read-model rebuilds; the MAC stops a client from forging a position or reading
 * with another org's cursor (both answer 400 invalid-cursor, never another org's events).
 */
export class CdcCursorCodec {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new RangeError('the CDC cursor key must be at least 32 bytes');
  }

  encode(org_guid: string, position: number): string {
    const payload = b64url(Buffer.from(JSON.stringify({ v: CDC_CURSOR_VERSION, org: org_guid, pos: position } satisfies CursorPayload)));
    return `${payload}.${this.mac(payload)}`;
  }

  /** The position a cursor stands for, or 400 invalid-cursor when it is garbled, forged, stale-format or another org's. */
  decode(cursor: string, org_guid: string): number {
    const [payload, mac, ...rest] = cursor.split('.');
    if (!payload || !mac || rest.length) throw invalidCursor('not a cursor issued by /ipm/cdc/list');
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalidCursor('signature does not match');
    let parsed: Partial<CursorPayload>;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<CursorPayload>;
    } catch {
      throw invalidCursor('unreadable');
    }
    if (parsed.v !== CDC_CURSOR_VERSION) throw invalidCursor('unsupported cursor version');
    // Same message as a forgery: a caller learns nothing about which org a cursor belongs to.
    if (parsed.org !== org_guid) throw invalidCursor('not a cursor of this org');
    if (!Number.isSafeInteger(parsed.pos) || (parsed.pos as number) < 0) throw invalidCursor('bad position');
    return parsed.pos as number;
  }

  private mac(payload: string): string {
    return b64url(createHmac('sha256', this.key).update(`g3n.ipm.cdc.${payload}`).digest());
  }
}

function invalidCursor(reason: string) {
  return validationError('invalid-cursor', 'cursor is not a valid CDC cursor for this org.', { fields: [{ field: 'cursor', reason }] });
}
