import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { FacilityLegalStatusRequest } from '../api/dto/legal-facility.dto';
import { legalFacilityDecider } from '../legal/legal.decide';
import { legalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class SetLegalFacilityStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityLegalStatusRequest) {}
}

@CommandHandler(SetLegalFacilityStatusCommand)
export class SetLegalFacilityStatusHandler implements ICommandHandler<SetLegalFacilityStatusCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: SetLegalFacilityStatusCommand): Promise<void> {
    const stream = legalStream(ctx.org_guid, r.legal_guid);
    await this.facilities.assertExists(stream, legalFacilityDecider, 'legal-facility-not-found');
    await this.writes.execute(ctx, {
      stream,
      decider: legalFacilityDecider,
      command: { kind: 'set-status', status: r.status },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
