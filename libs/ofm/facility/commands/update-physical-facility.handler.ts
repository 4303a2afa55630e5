import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { FacilityPhysicalUpdateRequest } from '../api/dto/physical-facility.dto';
import type { Address } from '../physical/physical.events';
import { physicalFacilityDecider } from '../physical/physical.decide';
import { physicalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class UpdatePhysicalFacilityCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityPhysicalUpdateRequest) {}
}

@CommandHandler(UpdatePhysicalFacilityCommand)
export class UpdatePhysicalFacilityHandler implements ICommandHandler<UpdatePhysicalFacilityCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: UpdatePhysicalFacilityCommand): Promise<void> {
    const stream = physicalStream(ctx.org_guid, r.physical_guid);
    await this.facilities.assertExists(stream, physicalFacilityDecider, 'physical-facility-not-found');
    // Plain JSON only: the DTO instance's class must not leak into the event.
    const address = r.address ? (JSON.parse(JSON.stringify(r.address)) as Address) : undefined;
    await this.writes.execute(ctx, {
      stream,
      decider: physicalFacilityDecider,
      command: { kind: 'update', changes: { caption: r.caption, address, timezone: r.timezone } },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
