import { Inject, Injectable } from '@nestjs/common';
import type { Doc } from '@g3n/docstore';
import { notFound, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import type { KpiBucketRef } from '../kpi/kpi.events';
import type { KpiBucketInput, KpiRequestContext } from '../api/dto/kpi.dto';

/** OFM's published read model of logical facilities (as ICS uses it). */
const OFM_LOGICAL_FACILITIES = 'ofm_logical_facilities';

/** What the KPI write handlers check outside the deciders: the facility named, and the seeds' request_context. */
@Injectable()
export class FeedLookups {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async assertFacility(org_guid: string, logical_guid: string | null): Promise<void> {
    if (!logical_guid) return;
    const facility = await this.runtime.readModels.collection<Doc>(OFM_LOGICAL_FACILITIES).get(logical_guid);
    if (!facility || facility.org_guid !== org_guid) throw notFound('logical-facility-not-found', 'No such logical facility in this org.');
  }
}

/** request_context is informational, but one naming another org is a client mix-up worth refusing. */
export function assertRequestContext(ctx: RequestContext, given: KpiRequestContext | undefined): void {
  if (given?.orgcode && given.orgcode.toUpperCase() !== ctx.org?.orgcode.toUpperCase()) {
    throw validationError('request-context-mismatch', 'request_context.orgcode names another org than the request.', {
      fields: [{ field: 'request_context.orgcode', reason: 'does not match the org of the request' }],
    });
  }
}

export function bucketRef(input: KpiBucketInput): KpiBucketRef {
  return {
    kpi_code: input.kpi_code, scope: input.scope, logical_guid: input.logical_guid ?? null, bucket: input.bucket,
    bucket_start: input.bucket_start, bucket_end: input.bucket_end, dimensions: { ...(input.dimensions ?? {}) },
  };
}

export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
