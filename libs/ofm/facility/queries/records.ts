import type { Doc } from '@g3n/docstore';

/** A read-model document as the API answers it: the store's `_id` is the record's guid field already. */
export function toRecord(doc: Doc): Record<string, unknown> {
  const { _id, ...record } = doc;
  return record;
}
