import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { CostCentreDoc } from '../../../../projections/ofm/cost-centres.projection';
import type { OrgDoc } from '../../../../projections/ofm/orgs.projection';
import type { OrgCreateRequest } from '../api/dto/org.dto';
import { normaliseCode, ORGCODE_PATTERN } from '../shared/codes';
import { view } from '../shared/read-models';
import { createOrgStreams } from './org-creation';

export class CreateOrgCommand {
  constructor(readonly ctx: RequestContext, readonly dto: OrgCreateRequest) {}
}

@CommandHandler(CreateOrgCommand)
export class CreateOrgHandler implements ICommandHandler<CreateOrgCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateOrgCommand) {
    if (dto.user_guid !== ctx.user_guid) {
      throw new DomainError('forbidden', 'user-mismatch', 'user_guid must be the caller: an org is created by its own primary owner.', { fields: [{ field: 'user_guid', reason: 'must be the caller' }] });
    }
    const orgcode = normaliseCode(dto.orgcode, 'orgcode', ORGCODE_PATTERN);
    const now = this.runtime.clock.now().toISOString();
    const { org_guid, cc_guid, appended } = await createOrgStreams(this.runtime, ctx.commandContext(dto.reason ?? 'org-create'), {
      orgcode, invitation_code: dto.invitation_code.trim(), user_guid: dto.user_guid, caption: dto.caption, legal_name: dto.legal_name ?? null,
      now, org_guid: this.runtime.ids.next('org'), cc_guid: this.runtime.ids.next('cc'),
    });
    for (const a of appended) await this.writes.settle(ctx, a.position, a.types);
    const org = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').get(org_guid);
    const cc = await this.runtime.readModels.collection<CostCentreDoc>('ofm_cost_centres').get(cc_guid);
    // With consistency "pending" the read models may lag: answer what was written, which is what they will show.
    const stamp = { revision: 0, created_at: now, updated_at: now };
    return {
      org: org ? view(org) : { org_guid, orgcode, caption: dto.caption, legal_name: dto.legal_name ?? null, status: 'unverified', primary_owner_user_guid: dto.user_guid, secondary_owners: [], default_cc_guid: cc_guid, ...stamp },
      cost_centre: cc ? view(cc) : { cc_guid, org_guid, code: 'DEFAULT', caption: 'Default', description: null, status: 'active', is_default: true, ...stamp },
    };
  }
}
