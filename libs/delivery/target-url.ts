import { lookup } from 'dns/promises';
import { isIP } from 'net';
import { validationError } from '@g3n/es';

/**
 * `G3N_ALLOW_PRIVATE_TARGETS`: may targets point at private, loopback or link-local addresses? Default: yes when
 * embedded (a laptop delivering to itself), no otherwise (a tenant must not reach the operator's internal network).
 */
export function allowPrivateTargets(config: { embedded: boolean }, env: Record<string, string | undefined> = process.env): boolean {
  const raw = env.G3N_ALLOW_PRIVATE_TARGETS?.trim().toLowerCase();
  if (raw === 'true' || raw === '1' || raw === 'on') return true;
  if (raw === 'false' || raw === '0' || raw === 'off') return false;
  return config.embedded;
}

export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)
      || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  if (isIP(ip) === 6) {
    if (ip === '::1' || ip === '::') return true;
    const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped) return isPrivateAddress(mapped[1]);
    return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(ip);
  }
  return false;
}

/**
 * Checks a target URL at create: http(s) only, no credentials in it, and — unless private targets are allowed — a
 * host that resolves only to public addresses. Throws 400 `invalid-target-url` / `private-target`.
 */
export async function assertDeliverableUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw validationError('invalid-target-url', 'target_url is not a URL.', { fields: { target_url: 'not a URL' } });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw validationError('invalid-target-url', 'target_url must be http:// or https://.', { fields: { target_url: 'scheme' } });
  }
  if (url.username || url.password) {
    throw validationError('invalid-target-url', 'target_url must not carry credentials.', { fields: { target_url: 'credentials' } });
  }
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else if (host === 'localhost' || host.endsWith('.localhost')) addresses = ['127.0.0.1'];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw validationError('invalid-target-url', `target_url host ${host} does not resolve.`, { fields: { target_url: 'unresolvable' } });
    }
  }
  if (addresses.some(isPrivateAddress)) {
    throw validationError('private-target', 'target_url points at a private, loopback or link-local address.', { fields: { target_url: 'private' } });
  }
  return url;
}
