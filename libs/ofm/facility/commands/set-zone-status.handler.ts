import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { OFM_ZONES, ZoneDoc } from '../../../../projections/ofm/zones.projection';
import type { ZoneStatusRequest } from '../api/dto/zone.dto';
import { zoneTreeStream } from '../shared/streams';
import { zoneTreeDecider } from '../zone/zone.decide';
import { why } from './facility-writes';

export class SetZoneStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: ZoneStatusRequest) {}
}

/**
 * The zone's logical facility comes from the zones read model (a zone never changes facility). expected_revision
 * goes into the command, not the runner: the tree's stream revision moves with every zone, the zone's own does not.
 */
@CommandHandler(SetZoneStatusCommand)
export class SetZoneStatusHandler implements ICommandHandler<SetZoneStatusCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: SetZoneStatusCommand): Promise<void> {
    const zone = await this.runtime.readModels.collection<ZoneDoc>(OFM_ZONES).get(r.zone_guid);
    if (!zone || zone.org_guid !== ctx.org_guid) throw notFound('zone-not-found', 'No such zone.');
    await this.writes.execute(ctx, {
      stream: zoneTreeStream(ctx.org_guid, zone.logical_guid),
      decider: zoneTreeDecider,
      command: { kind: 'set-status', zone_guid: r.zone_guid, status: r.status, expected_revision: r.expected_revision },
      ...why(r),
    });
  }
}
