import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, Writes } from '@g3n/platform';
import type { KpiRecordRequest } from '../api/dto/kpi.dto';
import { kpiDecider } from '../kpi/kpi.decide';
import { kpiIdOf } from '../kpi/kpi-rules';
import { assertRequestContext, bucketRef, FeedLookups, why } from './feed-lookups';

export class RecordKpiCommand {
  constructor(readonly ctx: RequestContext, readonly request: KpiRecordRequest) {}
}

/** UC-IPM-004: record (or revise) one KPI bucket's value. Answers the snapshot's kpi_id. */
@CommandHandler(RecordKpiCommand)
export class RecordKpiHandler implements ICommandHandler<RecordKpiCommand, string> {
  constructor(private readonly writes: Writes, private readonly lookups: FeedLookups) {}

  async execute({ ctx, request: r }: RecordKpiCommand): Promise<string> {
    assertRequestContext(ctx, r.request_context);
    const ref = bucketRef(r.kpi);
    await this.lookups.assertFacility(ctx.org_guid, ref.logical_guid);
    const kpi_id = kpiIdOf(ctx.org_guid, ref);
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'ipm.kpi', kpi_id),
      decider: kpiDecider,
      command: { kind: 'record', org_guid: ctx.org_guid, kpi_id, ref, value: r.kpi.value, value_unit: r.kpi.value_unit ?? null },
      ...why(r),
    });
    return kpi_id;
  }
}
