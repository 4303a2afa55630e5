import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { OrgStatusSetRequest, OrgUpdateRequest } from '../api/dto/org.dto';
import { orgDecider } from '../org/org.decide';
import { writeThenRead } from '../shared/write-then-read';

export class UpdateOrgCommand {
  constructor(readonly ctx: RequestContext, readonly dto: OrgUpdateRequest) {}
}

export class SetOrgStatusCommand {
  constructor(readonly ctx: RequestContext, readonly dto: OrgStatusSetRequest) {}
}

const orgStream = (ctx: RequestContext) => streamName(ctx.org_guid, 'ofm.org', ctx.org_guid);
const orgRecord = (ctx: RequestContext) => ({ collection: 'ofm_orgs', id: ctx.org_guid, key: 'org' });

@CommandHandler(UpdateOrgCommand)
export class UpdateOrgHandler implements ICommandHandler<UpdateOrgCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  execute({ ctx, dto }: UpdateOrgCommand) {
    const command = { kind: 'update' as const, caption: dto.caption, legal_name: dto.legal_name };
    return writeThenRead(this, ctx, { stream: orgStream(ctx), decider: orgDecider, command, expectedRevision: dto.expected_revision }, orgRecord(ctx));
  }
}

@CommandHandler(SetOrgStatusCommand)
export class SetOrgStatusHandler implements ICommandHandler<SetOrgStatusCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  execute({ ctx, dto }: SetOrgStatusCommand) {
    const command = { kind: 'set-status' as const, to: dto.status, by: 'owner' as const };
    return writeThenRead(this, ctx, { stream: orgStream(ctx), decider: orgDecider, command, expectedRevision: dto.expected_revision }, orgRecord(ctx));
  }
}
