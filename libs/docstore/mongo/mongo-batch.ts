/**
 * commitBatch on MongoDB: exactly-once effect without transactions. Each document write carries the log
 * position that produced it and applies only over an older (or unpositioned) stored document; the checkpoint is
 * written after the documents. A crash in between replays the batch, and the replay changes nothing.
 *
 * The guard is a conditional replace in an update pipeline, filtered on `_id` alone. A replaceOne filtered on
 * {_id, _pos < p} with upsert would raise E11000 whenever a newer document exists and stop the ordered bulk at
 * each such write (one round trip per already-applied write on replay); the pipeline form never raises it, and
 * keeps the server's own retry of racing upserts, which needs an equality-only filter.
 *
 * Deletes are guarded the same way but leave no tombstone: replaying an upsert older than a delete re-creates
 * the document until the replay reaches the delete again, which it always does before the checkpoint passes it.
 * Tombstones would have to be filtered out of every query and count, for a window that only exists mid-replay.
 */
import type { AnyBulkWriteOperation, Db, Filter } from 'mongodb';
import type { DocWrite } from '../document-store.port';
import { translateError, toStored, type StoredDoc } from './mongo-collection';

export async function applyWrites(db: Db, writes: DocWrite[]): Promise<void> {
  // Runs of consecutive writes to one collection, each one ordered bulkWrite, so the batch order is kept.
  let start = 0;
  while (start < writes.length) {
    const collection = writes[start].collection;
    let end = start;
    while (end < writes.length && writes[end].collection === collection) end++;
    const operations = writes.slice(start, end).map(toOperation);
    try {
      await db.collection<StoredDoc>(collection).bulkWrite(operations, { ordered: true });
    } catch (error) {
      throw translateError(collection, error);
    }
    start = end;
  }
}

function toOperation(write: DocWrite): AnyBulkWriteOperation<StoredDoc> {
  if (write.op === 'delete') {
    const filter: Filter<StoredDoc> =
      write.position === undefined
        ? { _id: write.id }
        : { _id: write.id, $or: [{ _pos: { $lt: write.position } }, { _pos: { $exists: false } }] };
    return { deleteOne: { filter } };
  }
  const stored = toStored(write.doc, write.position);
  if (write.position === undefined) {
    return { replaceOne: { filter: { _id: stored._id }, replacement: stored, upsert: true } };
  }
  // A missing _pos becomes null, which BSON order puts below every number: new and unpositioned documents are
  // replaced. $literal keeps string values that start with "$" from being read as field paths.
  const isOlder = { $lt: [{ $ifNull: ['$_pos', null] }, write.position] };
  const replaceIfOlder = { $replaceWith: { $cond: { if: isOlder, then: { $literal: stored }, else: '$$ROOT' } } };
  return { updateOne: { filter: { _id: stored._id }, update: [replaceIfOlder], upsert: true } };
}
