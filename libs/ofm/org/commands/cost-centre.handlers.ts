import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { CostCentreCreateRequest, CostCentreStatusSetRequest, CostCentreUpdateRequest } from '../api/dto/cost-centre.dto';
import { codeClaimDecider } from '../code-claim/code-claim.decide';
import { costCentreDecider } from '../cost-centre/cost-centre.decide';
import { CODE_PATTERN, normaliseCode } from '../shared/codes';
import { writeThenRead } from '../shared/write-then-read';

export class CreateCostCentreCommand {
  constructor(readonly ctx: RequestContext, readonly dto: CostCentreCreateRequest) {}
}
export class UpdateCostCentreCommand {
  constructor(readonly ctx: RequestContext, readonly dto: CostCentreUpdateRequest) {}
}
export class SetCostCentreStatusCommand {
  constructor(readonly ctx: RequestContext, readonly dto: CostCentreStatusSetRequest) {}
}

const ccStream = (ctx: RequestContext, ccGuid: string) => streamName(ctx.org_guid, 'ofm.cost-centre', ccGuid);
const ccRecord = (ccGuid: string) => ({ collection: 'ofm_cost_centres', id: ccGuid, key: 'cost_centre' });

/** Claims the code in the org first (a taken code → 409 uniqueness-conflict, nothing created), then creates. */
@CommandHandler(CreateCostCentreCommand)
export class CreateCostCentreHandler implements ICommandHandler<CreateCostCentreCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateCostCentreCommand) {
    const code = normaliseCode(dto.code, 'code', CODE_PATTERN);
    const cc_guid = this.runtime.ids.next('cc');
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'ofm.cost-centre-code', code), decider: codeClaimDecider,
      command: { kind: 'claim', scope: 'cost-centre', code, target_guid: cc_guid, claimed_by: ctx.actor },
    });
    const command = { kind: 'create' as const, org_guid: ctx.org_guid, cc_guid, code, caption: dto.caption, description: dto.description ?? null, is_default: false };
    return writeThenRead(this, ctx, { stream: ccStream(ctx, cc_guid), decider: costCentreDecider, command }, ccRecord(cc_guid));
  }
}

@CommandHandler(UpdateCostCentreCommand)
export class UpdateCostCentreHandler implements ICommandHandler<UpdateCostCentreCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  execute({ ctx, dto }: UpdateCostCentreCommand) {
    const command = { kind: 'update' as const, caption: dto.caption, description: dto.description };
    return writeThenRead(this, ctx, { stream: ccStream(ctx, dto.cc_guid), decider: costCentreDecider, command, expectedRevision: dto.expected_revision }, ccRecord(dto.cc_guid));
  }
}

@CommandHandler(SetCostCentreStatusCommand)
export class SetCostCentreStatusHandler implements ICommandHandler<SetCostCentreStatusCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  execute({ ctx, dto }: SetCostCentreStatusCommand) {
    const command = { kind: 'set-status' as const, status: dto.status };
    return writeThenRead(this, ctx, { stream: ccStream(ctx, dto.cc_guid), decider: costCentreDecider, command, expectedRevision: dto.expected_revision }, ccRecord(dto.cc_guid));
  }
}
