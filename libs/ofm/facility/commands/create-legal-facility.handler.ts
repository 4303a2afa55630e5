import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { FacilityLegalCreateRequest } from '../api/dto/legal-facility.dto';
import { legalFacilityDecider } from '../legal/legal.decide';
import { normaliseFacilityCode } from '../shared/facility-formats';
import { legalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class CreateLegalFacilityCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityLegalCreateRequest) {}
}

@CommandHandler(CreateLegalFacilityCommand)
export class CreateLegalFacilityHandler implements ICommandHandler<CreateLegalFacilityCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: CreateLegalFacilityCommand): Promise<string> {
    const legal_guid = this.runtime.ids.next('leg');
    const code = normaliseFacilityCode(r.code);
    await this.facilities.claimCode(ctx, 'legal', code, legal_guid);
    await this.writes.execute(ctx, {
      stream: legalStream(ctx.org_guid, legal_guid),
      decider: legalFacilityDecider,
      command: { kind: 'create', legal_guid, org_guid: ctx.org_guid, code, caption: r.caption, legal_name: r.legal_name ?? null, tax_id: r.tax_id ?? null },
      ...why(r),
    });
    return legal_guid;
  }
}
