import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { LogicalAssignmentDoc } from '../../../../projections/ofm/logical-assignments.projection';
import type { ServiceAccountLogicalRequest } from '../api/dto/member.dto';
import { saAssignmentDecider } from '../service-account/sa-assignment.decide';
import { requireActiveLogical, requireActiveServiceAccount } from '../shared/neighbours';

export class ServiceAccountLogicalCommand {
  constructor(readonly ctx: RequestContext, readonly action: 'assign-logical' | 'detach-logical', readonly dto: ServiceAccountLogicalRequest) {}
}

/** Answers `{ service_account: { org_guid, service_account_id, logical_guids } }` after the change. */
@CommandHandler(ServiceAccountLogicalCommand)
export class ServiceAccountLogicalHandler implements ICommandHandler<ServiceAccountLogicalCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, action, dto }: ServiceAccountLogicalCommand) {
    if (action === 'assign-logical') {
      await requireActiveServiceAccount(this.runtime, ctx.org_guid, dto.service_account_id);
      await requireActiveLogical(this.runtime, ctx.org_guid, dto.logical_guid);
    }
    const command = { kind: action, org_guid: ctx.org_guid, service_account_id: dto.service_account_id, logical_guid: dto.logical_guid };
    await this.writes.execute(ctx, { stream: streamName(ctx.org_guid, 'ofm.sa-assignment', dto.service_account_id), decider: saAssignmentDecider, command });
    const found = await this.runtime.readModels
      .collection<LogicalAssignmentDoc>('ofm_logical_assignments')
      .find({ org_guid: ctx.org_guid, principal_kind: 'service_account', service_account_id: dto.service_account_id }, { sort: [{ field: 'assigned_at', direction: 'asc' }], limit: 1000 });
    return { service_account: { org_guid: ctx.org_guid, service_account_id: dto.service_account_id, logical_guids: found.items.map((a) => a.logical_guid) } };
  }
}
