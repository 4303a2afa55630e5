import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { FacilityLogicalStatusRequest } from '../api/dto/logical-facility.dto';
import { logicalFacilityDecider } from '../logical/logical.decide';
import { logicalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class SetLogicalFacilityStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityLogicalStatusRequest) {}
}

/** Activation needs the physical and legal facilities active: their current states go into the command. */
@CommandHandler(SetLogicalFacilityStatusCommand)
export class SetLogicalFacilityStatusHandler implements ICommandHandler<SetLogicalFacilityStatusCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: SetLogicalFacilityStatusCommand): Promise<void> {
    const stream = logicalStream(ctx.org_guid, r.logical_guid);
    const current = await this.facilities.assertExists(stream, logicalFacilityDecider, 'logical-facility-not-found');
    const parents = await this.facilities.parents(ctx.org_guid, current.physical_guid, current.legal_guid);
    await this.writes.execute(ctx, {
      stream,
      decider: logicalFacilityDecider,
      command: { kind: 'set-status', status: r.status, parents },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
