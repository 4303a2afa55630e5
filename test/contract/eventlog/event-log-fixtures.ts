/**
 * Small helpers for the EventLog contract cases: unique names (the EventStoreDB server is shared between
 * cases and runs), event builders, and waiting for asynchronous delivery.
 */
import { randomUUID } from 'crypto';
import { EventLog, NewEvent, RecordedEvent, streamName } from '@g3n/eventlog';

let counter = 0;

/** A tenant no other case or run uses, so tenant-filtered reads see only this case's events. */
export function uniqueTenant(label = 'org'): string {
  counter += 1;
  return `${label}_${Date.now().toString(36)}${counter.toString(36)}${randomUUID().slice(0, 6)}`;
}

export function streamOf(tenant: string, category = 'scm.order', id = randomUUID().slice(0, 8)): string {
  return streamName(tenant, category, id);
}

export function newEvent(type = 'scm.order-placed', data: Record<string, unknown> = {}): NewEvent {
  return {
    type,
    data,
    metadata: {
      event_id: randomUUID(),
      actor: 'operator',
      occurred_at: new Date().toISOString(),
      schema_version: 1,
    },
  };
}

export function events(count: number, type = 'scm.order-placed'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent(type, { index }));
}

/** Every event of a tenant after `after`, read page by page. */
export async function readTenant(log: EventLog, tenant: string, after: number, limit = 1_000): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  let position = after;
  for (;;) {
    const page = await log.readAll({ tenant, after: position, limit });
    collected.push(...page.events);
    position = page.next;
    if (page.atEnd) return collected;
  }
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function expectStrictlyIncreasing(values: number[]): void {
  for (let index = 1; index < values.length; index += 1) {
    if (!(values[index] > values[index - 1])) {
      throw new Error(`not strictly increasing at ${index}: ${values[index - 1]} then ${values[index]}`);
    }
  }
}
