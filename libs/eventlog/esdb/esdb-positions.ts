/**
 * One number per event from EventStoreDB's two-part $all position (commit, prepare).
 *
 * Why the commit position alone is sound (checked against the server source, EventStore 20+ / KurrentDB):
 * - appendToStream (gRPC) writes each event as its own prepare record flagged IsCommitted (an implicit
 *   transaction; TransactionBegin on the first, TransactionEnd on the last). The $all reader treats every
 *   such record as "commit-alike" and reports it at TFPos(logPosition, logPosition): commit == prepare,
 *   distinct per event, even within a multi-event append, and increasing in $all order.
 * - commit != prepare only for legacy explicit transactions (TCP API, removed from gRPC): there all events
 *   share the commit record's position, so no single number can order them. We refuse those loudly rather
 *   than skip or repeat events; G3N never writes them.
 * - Positions are byte offsets in the transaction file, exact as a JS number up to 2^53 (8 PiB).
 *
 * Exclusive `after: n`: readAll from {n, n} is inclusive of the record at n, so readers drop position <= n;
 * subscribeToAll from {n, n} already starts after the record at n, and the same guard makes it idempotent.
 * Filtered reads may return `next` from a server checkpoint: its commit part is the position of a record the
 * server already considered (the page start or its last event), so resuming "after" it skips nothing unseen.
 */
import { START } from '@eventstore/db-client';
import type { Position, ReadPosition } from '@eventstore/db-client';

export function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`EventStoreDB ${what} ${value} does not fit the EventLog's numeric positions`);
  }
  return Number(value);
}

/** The log position of an event as the EventLog port numbers it. */
export function eventPosition(position: Position | undefined, stream: string): number {
  if (!position) {
    throw new Error(`EventStoreDB returned no position for an event of ${stream}; EventStoreDB 22.6 or later is required`);
  }
  if (position.commit !== position.prepare) {
    throw new Error(
      `event of ${stream} sits in an explicit transaction (commit ${position.commit} != prepare ${position.prepare}); ` +
      'the EventLog needs one position per event and cannot order such events',
    );
  }
  return toSafeNumber(position.commit, 'position');
}

/** A filtered read's checkpoint (prepare is often 0 there): the commit part is a considered record's position. */
export function checkpointPosition(position: Position): number {
  return toSafeNumber(position.commit, 'checkpoint position');
}

/** Where to start a $all read or subscription for an exclusive `after`. */
export function startPosition(after: number): ReadPosition {
  if (!Number.isSafeInteger(after) || after <= 0) return START;
  const at = BigInt(after);
  return { commit: at, prepare: at };
}
