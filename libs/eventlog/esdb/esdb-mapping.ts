/**
 * Translation between the EventLog port's shapes and the official client's: expected revisions, event ids,
 * recorded events, and which $all entries are EventStoreDB's own (system) events.
 */
import { createHash } from 'crypto';
import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import type { AppendExpectedRevision, CurrentRevision, ResolvedEvent, AllStreamResolvedEvent } from '@eventstore/db-client';
import { EventMetadata, ExpectedRevision, RecordedEvent, tenantOfStream } from '../event-log.port';
import { eventPosition } from './esdb-positions';

export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      // -1 means "no event yet" in the port's numbering; the server spells that NO_STREAM.
      return expected < 0 ? NO_STREAM : BigInt(expected);
  }
}

/** The port's "actual" revision: -1 when the stream does not exist. */
export function fromCurrentRevision(current: CurrentRevision | undefined): number | undefined {
  if (current === undefined) return undefined;
  return current === NO_STREAM ? -1 : Number(current);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * EventStoreDB event ids must be UUIDs; G3N's `event_id` may be any string (ULIDs, prefixed ids).
 * A UUID is used as is; anything else maps to a name-based (v5-style, SHA-1) UUID, so the same event_id
 * always gives the same store id and the server's idempotent-append check still recognises a retry.
 * The original `event_id` is kept verbatim in the metadata.
 */
export function toStoreEventId(eventId: string): string {
  if (UUID.test(eventId)) return eventId.toLowerCase();
  const bytes = createHash('sha1').update(`g3n-event-id:${eventId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** EventStoreDB's own events ($metadata, $settings, projections' links, ...) are never part of G3N's log. */
export function isSystemEvent(stream: string, type: string): boolean {
  return stream.startsWith('$') || type.startsWith('$');
}

type AnyRecorded = NonNullable<ResolvedEvent['event']> | NonNullable<AllStreamResolvedEvent['event']>;

/** Maps a stored event; undefined for system events and unresolved links, which the port never exposes. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event: AnyRecorded | undefined = resolved.event;
  if (!event || isSystemEvent(event.streamId, event.type)) return undefined;
  if (!event.isJson) throw new Error(`event ${event.id} of ${event.streamId} is not JSON; the EventLog stores JSON only`);
  return {
    stream: event.streamId,
    revision: Number(event.revision),
    position: eventPosition(event.position, event.streamId),
    tenant: tenantOfStream(event.streamId),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as EventMetadata,
    recorded_at: event.created.toISOString(),
  };
}
