import { DomainError } from '@g3n/es';
import { CdcCursorCodec } from './cdc-cursor';

const codec = new CdcCursorCodec(Buffer.alloc(32, 7));
const rejects = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).minor).toBe('invalid-cursor');
    return;
  }
  throw new Error('expected invalid-cursor');
};

describe('CDC cursor', () => {
  it('round-trips a position for its org, and is url-safe', () => {
    const cursor = codec.encode('org_a', 1234);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(codec.decode(cursor, 'org_a')).toBe(1234);
  });

  it('refuses another org, a tampered position, another key and garbage', () => {
    const cursor = codec.encode('org_a', 10);
    rejects(() => codec.decode(cursor, 'org_b'));
    const [, mac] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, org: 'org_a', pos: 0 })).toString('base64url');
    rejects(() => codec.decode(`${forged}.${mac}`, 'org_a'));
    rejects(() => new CdcCursorCodec(Buffer.alloc(32, 8)).decode(cursor, 'org_a'));
    rejects(() => codec.decode('garbage', 'org_a'));
    rejects(() => codec.decode(`${cursor}x`, 'org_a'));
  });
});
