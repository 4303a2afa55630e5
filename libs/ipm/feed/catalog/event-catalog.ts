import { validationError, type EventRegistry } from '@g3n/es';

/** One event type as the catalog publishes it (generated from the registered definitions, never written by hand). */
export interface EventCatalogEntry {
  type: string;
  service: string;
  action: string;
  version: number;
  description: string;
  schema: unknown;
  /** Stream partitioning: the stream name pattern of the aggregate the event belongs to. */
  stream: string;
}

export interface ExportContractAction {
  action: string;
  type: string;
  version: number;
  description: string;
  stream: string;
  schema: unknown;
}

/** How one service's events leave the system: the CDC feed's ndjson lines, partitioned by org then aggregate. */
export interface ExportContract {
  service: string;
  /** The feed that carries it: `/ipm/cdc/list` with `service`. */
  stream: string;
  format: 'ndjson';
  partitioning: { tenant: 'org_guid'; order: 'log-position'; key: 'stream'; streams: string[] };
  /** Schema of one ndjson line (the CDC item); each action's `data` schema is inline. */
  schema_url: string;
  actions: ExportContractAction[];
}

export function eventCatalog(registry: EventRegistry): EventCatalogEntry[] {
  return registry.catalog();
}

export function exportContracts(registry: EventRegistry, publicUrl: string): ExportContract[] {
  const byService = new Map<string, EventCatalogEntry[]>();
  for (const entry of eventCatalog(registry)) byService.set(entry.service, [...(byService.get(entry.service) ?? []), entry]);
  return [...byService.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([service, entries]) => ({
    service,
    stream: `ipm.cdc:${service}`,
    format: 'ndjson',
    partitioning: { tenant: 'org_guid', order: 'log-position', key: 'stream', streams: [...new Set(entries.map((e) => e.stream))].sort() },
    schema_url: `${publicUrl}/ipm/openapi.yaml#/components/schemas/CdcEvent`,
    actions: entries.map((e) => ({ action: e.action, type: e.type, version: e.version, description: e.description, stream: e.stream, schema: e.schema })),
  }));
}

/** The services that write events: the values `service` filters accept. */
export function knownServices(registry: EventRegistry): Set<string> {
  return new Set(eventCatalog(registry).map((e) => e.service));
}

export function assertKnownService(registry: EventRegistry, service: string | undefined): void {
  if (service !== undefined && !knownServices(registry).has(service)) {
    throw validationError('unknown-service', `No service ${service} writes events.`, {
      fields: [{ field: 'service', reason: `one of ${[...knownServices(registry)].sort().join(', ')}` }],
    });
  }
}

/**
 * Pages of a generated, sorted list: next_token names the last key handed out, so a page is stable even if a
 * deployment adds types between calls (new ones after the token appear on later pages).
 */
export function pageByKey<T>(items: T[], keyOf: (item: T) => string, limit: number, nextToken?: string): { items: T[]; next_token: string | null } {
  let after: string | undefined;
  if (nextToken) {
    try {
      const parsed = JSON.parse(Buffer.from(nextToken, 'base64url').toString('utf8')) as { after?: unknown };
      if (typeof parsed.after !== 'string') throw new Error('no key');
      after = parsed.after;
    } catch {
      throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
    }
  }
  // Plain code-unit order, the same order the `>` comparison below uses (localeCompare may disagree on '-').
  const sorted = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((item) => keyOf(item) > after!);
  const page = rest.slice(0, limit);
  const more = rest.length > limit;
  return { items: page, next_token: more ? Buffer.from(JSON.stringify({ after: keyOf(page[page.length - 1]) })).toString('base64url') : null };
}
