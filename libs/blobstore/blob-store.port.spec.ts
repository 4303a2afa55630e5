import { assertValidBlobKey, InvalidBlobKeyError } from './blob-store.port';

describe('blob keys', () => {
  it('accepts path-like keys of safe characters', () => {
    expect(() => assertValidBlobKey('org_1/ofm/channel-config/web=1/v2.json')).not.toThrow();
    expect(() => assertValidBlobKey(['a'.repeat(255), 'b'.repeat(255)].join('/'))).not.toThrow();
  });

  it('refuses empty, dot, unsafe, over-long segments and over-long keys', () => {
    for (const key of ['', 'a//b', './a', 'a/../b', 'a b', 'a?b', 'x'.repeat(256), Array(6).fill('y'.repeat(200)).join('/')]) {
      expect(() => assertValidBlobKey(key)).toThrow(InvalidBlobKeyError);
    }
  });
});
