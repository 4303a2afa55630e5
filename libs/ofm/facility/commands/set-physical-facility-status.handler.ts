import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { FacilityPhysicalStatusRequest } from '../api/dto/physical-facility.dto';
import { physicalFacilityDecider } from '../physical/physical.decide';
import { physicalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class SetPhysicalFacilityStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityPhysicalStatusRequest) {}
}

@CommandHandler(SetPhysicalFacilityStatusCommand)
export class SetPhysicalFacilityStatusHandler implements ICommandHandler<SetPhysicalFacilityStatusCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: SetPhysicalFacilityStatusCommand): Promise<void> {
    const stream = physicalStream(ctx.org_guid, r.physical_guid);
    await this.facilities.assertExists(stream, physicalFacilityDecider, 'physical-facility-not-found');
    await this.writes.execute(ctx, {
      stream,
      decider: physicalFacilityDecider,
      command: { kind: 'set-status', status: r.status },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
