import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { OwnerPrimarySetRequest, OwnerStateSetRequest, OwnerUserRequest } from '../api/dto/member.dto';
import { OrgCommand, orgDecider } from '../org/org.decide';
import { requireUser } from '../shared/neighbours';
import { writeThenRead } from '../shared/write-then-read';

type OwnerDto = OwnerUserRequest | OwnerPrimarySetRequest | OwnerStateSetRequest;
type OwnerAction = 'set-primary-owner' | 'add-secondary-owner' | 'remove-secondary-owner' | 'set-owner-state';

/** One command for the four owner changes: they are the same write on the org stream. */
export class ChangeOwnersCommand {
  constructor(readonly ctx: RequestContext, readonly action: OwnerAction, readonly dto: OwnerDto) {}
}

@CommandHandler(ChangeOwnersCommand)
export class ChangeOwnersHandler implements ICommandHandler<ChangeOwnersCommand> {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, readonly writes: Writes) {}

  async execute({ ctx, action, dto }: ChangeOwnersCommand) {
    if (action === 'add-secondary-owner') await requireUser(this.runtime, dto.user_guid);
    const command = (action === 'set-owner-state'
      ? { kind: action, user_guid: dto.user_guid, state: (dto as OwnerStateSetRequest).state }
      : { kind: action, user_guid: dto.user_guid }) as OrgCommand;
    const expectedRevision = 'expected_revision' in dto ? dto.expected_revision : undefined;
    return writeThenRead(this, ctx, { stream: streamName(ctx.org_guid, 'ofm.org', ctx.org_guid), decider: orgDecider, command, expectedRevision }, {
      collection: 'ofm_orgs', id: ctx.org_guid, key: 'org',
    });
  }
}
