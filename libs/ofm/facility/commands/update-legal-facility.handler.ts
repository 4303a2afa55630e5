import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { FacilityLegalUpdateRequest } from '../api/dto/legal-facility.dto';
import { legalFacilityDecider } from '../legal/legal.decide';
import { legalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class UpdateLegalFacilityCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityLegalUpdateRequest) {}
}

@CommandHandler(UpdateLegalFacilityCommand)
export class UpdateLegalFacilityHandler implements ICommandHandler<UpdateLegalFacilityCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: UpdateLegalFacilityCommand): Promise<void> {
    const stream = legalStream(ctx.org_guid, r.legal_guid);
    await this.facilities.assertExists(stream, legalFacilityDecider, 'legal-facility-not-found');
    await this.writes.execute(ctx, {
      stream,
      decider: legalFacilityDecider,
      command: { kind: 'update', changes: { caption: r.caption, legal_name: r.legal_name, tax_id: r.tax_id } },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
