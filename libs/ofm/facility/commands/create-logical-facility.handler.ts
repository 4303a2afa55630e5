import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { FacilityLogicalCreateRequest } from '../api/dto/logical-facility.dto';
import { assertParentsUsable, logicalFacilityDecider } from '../logical/logical.decide';
import { normaliseFacilityCode } from '../shared/facility-formats';
import { logicalStream, zoneTreeStream } from '../shared/streams';
import { zoneTreeDecider } from '../zone/zone.decide';
import { FacilityWrites, why } from './facility-writes';

export class CreateLogicalFacilityCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityLogicalCreateRequest) {}
}

/** Creates the logical facility, then its ROOT zone (the zone tree repairs itself if that second write is lost). */
@CommandHandler(CreateLogicalFacilityCommand)
export class CreateLogicalFacilityHandler implements ICommandHandler<CreateLogicalFacilityCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: CreateLogicalFacilityCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const [logical_guid, root_zone_guid] = [this.runtime.ids.next('log'), this.runtime.ids.next('zon')];
    const code = normaliseFacilityCode(r.code);
    const parents = await this.facilities.parents(org_guid, r.physical_guid, r.legal_guid);
    assertParentsUsable(parents); // Before claiming, so a refused create leaves the code free.
    await this.facilities.claimCode(ctx, 'logical', code, logical_guid);
    const details = { caption: r.caption, physical_guid: r.physical_guid, legal_guid: r.legal_guid };
    await this.writes.execute(ctx, {
      stream: logicalStream(org_guid, logical_guid),
      decider: logicalFacilityDecider,
      command: { kind: 'create', logical_guid, org_guid, code, root_zone_guid, parents, ...details },
      ...why(r),
    });
    await this.writes.execute(ctx, {
      stream: zoneTreeStream(org_guid, logical_guid),
      decider: zoneTreeDecider,
      command: { kind: 'init-root', org_guid, logical_guid, root_zone_guid },
      ...why(r),
    });
    return logical_guid;
  }
}
