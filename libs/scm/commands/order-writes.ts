import type { Doc } from '@g3n/docstore';
import type { Runtime } from '@g3n/platform';

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});

/**
 * A document of another service's read model (pvm_variants, ofm_sales_channels, crm_customers, ics_stock_levels),
 * only if it belongs to `org`. A read model not registered (yet) reads as absent rather than failing the request.
 */
export async function readShared<T extends Doc>(runtime: Runtime, collection: string, org: string, id: string): Promise<T | null> {
  try {
    const doc = await runtime.readModels.collection<T>(collection).get(id);
    return doc && doc.org_guid === org ? doc : null;
  } catch (error) {
    if (error instanceof Error && /no projection declares/.test(error.message)) return null;
    throw error;
  }
}

export async function findShared<T extends Doc>(runtime: Runtime, collection: string, filter: Record<string, string>): Promise<T | null> {
  try {
    return (await runtime.readModels.collection<T>(collection).find(filter, { limit: 1 })).items[0] ?? null;
  } catch (error) {
    if (error instanceof Error && /no projection declares/.test(error.message)) return null;
    throw error;
  }
}
