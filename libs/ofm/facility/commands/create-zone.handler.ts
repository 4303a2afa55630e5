import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ZoneCreateRequest } from '../api/dto/zone.dto';
import { normaliseFacilityCode } from '../shared/facility-formats';
import { zoneTreeStream } from '../shared/streams';
import { zoneTreeDecider } from '../zone/zone.decide';
import { FacilityWrites, why } from './facility-writes';

export class CreateZoneCommand {
  constructor(readonly ctx: RequestContext, readonly request: ZoneCreateRequest) {}
}

@CommandHandler(CreateZoneCommand)
export class CreateZoneHandler implements ICommandHandler<CreateZoneCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: CreateZoneCommand): Promise<string> {
    const logical = await this.facilities.logical(ctx.org_guid, r.logical_guid);
    if (!logical) throw notFound('logical-facility-not-found', 'No such logical facility in this org.');
    const zone_guid = this.runtime.ids.next('zon');
    await this.writes.execute(ctx, {
      stream: zoneTreeStream(ctx.org_guid, logical.logical_guid),
      decider: zoneTreeDecider,
      command: {
        kind: 'create', zone_guid, org_guid: ctx.org_guid, logical_guid: logical.logical_guid, root_zone_guid: logical.root_zone_guid,
        parent_zone_guid: r.parent_zone_guid, code: normaliseFacilityCode(r.code), caption: r.caption, logical_status: logical.status,
      },
      ...why(r),
    });
    return zone_guid;
  }
}
