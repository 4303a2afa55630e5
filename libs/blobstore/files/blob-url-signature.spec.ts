import { blobUrlQuery, BlobUrlClaims, verifyBlobSignature } from './blob-url-signature';

const signingKey = 'test-signing-key-0123456789';
const now = new Date('2030-01-01T00:00:00Z');
const expires = now.getTime() / 1000 + 60;

function queryFor(claims: BlobUrlClaims, key = signingKey): Record<string, unknown> {
  return Object.fromEntries(blobUrlQuery(claims, key));
}

describe('verifyBlobSignature', () => {
  const put: BlobUrlClaims = { method: 'PUT', key: 'exports/2030/ledger.csv', expires, contentType: 'text/csv' };

  it('accepts the URL it signed, up to and including the expiry second', () => {
    const query = queryFor(put);
    expect(verifyBlobSignature({ method: 'PUT', key: put.key, query, now }, signingKey)).toEqual({ ok: true });
    expect(verifyBlobSignature({ method: 'PUT', key: put.key, query, now: new Date(expires * 1000) }, signingKey)).toEqual({ ok: true });
  });

  it('accepts HEAD on a URL signed for GET', () => {
    const query = queryFor({ method: 'GET', key: 'a/b', expires });
    expect(verifyBlobSignature({ method: 'HEAD', key: 'a/b', query, now }, signingKey)).toEqual({ ok: true });
  });

  it.each([
    ['no signature', (q: Record<string, unknown>) => { delete q['x-g3n-signature']; }, 'missing-signature'],
    ['empty signature', (q: Record<string, unknown>) => { q['x-g3n-signature'] = ''; }, 'missing-signature'],
    ['a flipped signature digit', (q: Record<string, unknown>) => {
      const s = q['x-g3n-signature'] as string;
      q['x-g3n-signature'] = (s[0] === '0' ? '1' : '0') + s.slice(1);
    }, 'bad-signature'],
    ['a short signature', (q: Record<string, unknown>) => { q['x-g3n-signature'] = 'abcd'; }, 'bad-signature'],
    ['a repeated signature', (q: Record<string, unknown>) => { q['x-g3n-signature'] = [q['x-g3n-signature'], q['x-g3n-signature']]; }, 'bad-signature'],
    ['a later expiry', (q: Record<string, unknown>) => { q['x-g3n-expires'] = String(expires + 3600); }, 'bad-signature'],
    ['a non-numeric expiry', (q: Record<string, unknown>) => { q['x-g3n-expires'] = '1e12'; }, 'bad-signature'],
    ['another content type', (q: Record<string, unknown>) => { q['x-g3n-content-type'] = 'text/html'; }, 'bad-signature'],
    ['the content type dropped', (q: Record<string, unknown>) => { delete q['x-g3n-content-type']; }, 'bad-signature'],
    ['the method claim rewritten', (q: Record<string, unknown>) => { q['x-g3n-method'] = 'GET'; }, 'bad-signature'],
  ])('refuses %s', (_what, tamper, reason) => {
    const query = queryFor(put);
    tamper(query);
    expect(verifyBlobSignature({ method: 'PUT', key: put.key, query, now }, signingKey)).toEqual({ ok: false, reason });
  });

  it('refuses another key, another signing key, another verb and a late request', () => {
    const query = queryFor(put);
    const check = (overrides: Partial<{ method: string; key: string; now: Date }>, key = signingKey) =>
      verifyBlobSignature({ method: 'PUT', key: put.key, query, now, ...overrides }, key);
    expect(check({ key: 'exports/2030/ledger.csvx' })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check({}, 'another-signing-key-0123456789')).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check({ method: 'GET' })).toEqual({ ok: false, reason: 'method-mismatch' });
    expect(check({ now: new Date(expires * 1000 + 1) })).toEqual({ ok: false, reason: 'expired' });
  });
});
