import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { FacilityLogicalUpdateRequest } from '../api/dto/logical-facility.dto';
import { logicalFacilityDecider } from '../logical/logical.decide';
import { logicalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class UpdateLogicalFacilityCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityLogicalUpdateRequest) {}
}

@CommandHandler(UpdateLogicalFacilityCommand)
export class UpdateLogicalFacilityHandler implements ICommandHandler<UpdateLogicalFacilityCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: UpdateLogicalFacilityCommand): Promise<void> {
    const stream = logicalStream(ctx.org_guid, r.logical_guid);
    const current = await this.facilities.assertExists(stream, logicalFacilityDecider, 'logical-facility-not-found');
    const parents = await this.facilities.parents(ctx.org_guid, r.physical_guid ?? current.physical_guid, r.legal_guid ?? current.legal_guid);
    await this.writes.execute(ctx, {
      stream,
      decider: logicalFacilityDecider,
      command: { kind: 'update', changes: { caption: r.caption, physical_guid: r.physical_guid, legal_guid: r.legal_guid }, parents },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
