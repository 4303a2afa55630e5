import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { OptionGroupCommand, optionGroupDecider } from '../option-group/option-group.decide';
import { assertGroupUsable, OptionCommand, optionDecider } from '../option/option.decide';
import { normalisePvmCode } from '../shared/codes';
import type { ActiveStatus } from '../shared/status';
import { optionGroupStream, optionStream } from '../shared/streams';
import { CatalogWrites, why } from './catalog-writes';

type Why = { reason?: string; source_refs?: Array<{ kind: string; id: string }> };

export class CreateOptionGroupCommand {
  constructor(readonly ctx: RequestContext, readonly request: Why & { code: string; caption: string }) {}
}
export class CreateOptionCommand {
  constructor(readonly ctx: RequestContext, readonly request: Why & { group_code: string; code: string; caption: string }) {}
}
/** update and status of an option group (`group`) or an option (`option`). */
export class ChangeOptionRecordCommand {
  constructor(
    readonly ctx: RequestContext, readonly target: { group: string } | { option: string }, readonly expectedRevision: number,
    readonly command: { kind: 'update'; changes: { caption?: string } } | { kind: 'set-status'; status: ActiveStatus }, readonly request: Why,
  ) {}
}

@CommandHandler(CreateOptionGroupCommand)
export class CreateOptionGroupHandler implements ICommandHandler<CreateOptionGroupCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, request: r }: CreateOptionGroupCommand): Promise<string> {
    const group_id = this.runtime.ids.next('ogr');
    const code = normalisePvmCode(r.code);
    await this.catalog.claimCode(ctx, 'option-group', code, group_id);
    const command = { kind: 'create' as const, group_id, org_guid: ctx.org_guid, code, caption: r.caption };
    await this.writes.execute(ctx, { stream: optionGroupStream(ctx.org_guid, group_id), decider: optionGroupDecider, command, ...why(r) });
    return group_id;
  }
}

/** An option joins an active group found by its code; the option code is unique within that group. */
@CommandHandler(CreateOptionCommand)
export class CreateOptionHandler implements ICommandHandler<CreateOptionCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, request: r }: CreateOptionCommand): Promise<string> {
    const option_id = this.runtime.ids.next('opt');
    const [group_code, code] = [normalisePvmCode(r.group_code, 'group_code'), normalisePvmCode(r.code)];
    const groupId = await this.catalog.ownerOf(ctx.org_guid, 'option-group', group_code);
    const state = groupId ? await this.catalog.load(optionGroupStream(ctx.org_guid, groupId), optionGroupDecider) : null;
    const group = state ? { group_id: state.group_id, status: state.status } : null;
    assertGroupUsable(group); // before claiming, so a refused create leaves the code free
    await this.catalog.claimCode(ctx, `option:${group_code}`, code, option_id);
    const command = { kind: 'create' as const, option_id, org_guid: ctx.org_guid, group_code, code, caption: r.caption, group };
    await this.writes.execute(ctx, { stream: optionStream(ctx.org_guid, option_id), decider: optionDecider, command, ...why(r) });
    return option_id;
  }
}

@CommandHandler(ChangeOptionRecordCommand)
export class ChangeOptionRecordHandler implements ICommandHandler<ChangeOptionRecordCommand, void> {
  constructor(private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, target, expectedRevision, command, request }: ChangeOptionRecordCommand): Promise<void> {
    if ('group' in target) {
      const stream = optionGroupStream(ctx.org_guid, target.group);
      await this.catalog.assertExists(stream, optionGroupDecider, 'option-group-not-found');
      await this.writes.execute(ctx, { stream, decider: optionGroupDecider, command: command as OptionGroupCommand, expectedRevision, ...why(request) });
      return;
    }
    const stream = optionStream(ctx.org_guid, target.option);
    await this.catalog.assertExists(stream, optionDecider, 'option-not-found');
    await this.writes.execute(ctx, { stream, decider: optionDecider, command: command as OptionCommand, expectedRevision, ...why(request) });
  }
}
