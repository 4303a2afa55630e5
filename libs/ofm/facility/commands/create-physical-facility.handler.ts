import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { FacilityPhysicalCreateRequest } from '../api/dto/physical-facility.dto';
import { physicalFacilityDecider } from '../physical/physical.decide';
import { normaliseFacilityCode } from '../shared/facility-formats';
import { physicalStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class CreatePhysicalFacilityCommand {
  constructor(readonly ctx: RequestContext, readonly request: FacilityPhysicalCreateRequest) {}
}

@CommandHandler(CreatePhysicalFacilityCommand)
export class CreatePhysicalFacilityHandler implements ICommandHandler<CreatePhysicalFacilityCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: CreatePhysicalFacilityCommand): Promise<string> {
    const physical_guid = this.runtime.ids.next('phy');
    const code = normaliseFacilityCode(r.code);
    await this.facilities.claimCode(ctx, 'physical', code, physical_guid);
    const { street, city, region, postal_code, country } = r.address;
    const address = { street, city, country, ...(region !== undefined ? { region } : {}), ...(postal_code !== undefined ? { postal_code } : {}) };
    await this.writes.execute(ctx, {
      stream: physicalStream(ctx.org_guid, physical_guid),
      decider: physicalFacilityDecider,
      command: { kind: 'create', physical_guid, org_guid: ctx.org_guid, code, caption: r.caption, address, timezone: r.timezone ?? null },
      ...why(r),
    });
    return physical_guid;
  }
}
