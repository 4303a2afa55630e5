import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { OgmCloneRequest, OgmCreateRequest, OgmStatusRequest } from '../api/dto/ogm.dto';
import { GroupStatuses, ogmDecider } from '../ogm/ogm.decide';
import type { OgmGroup } from '../ogm/ogm.events';
import { optionGroupDecider } from '../option-group/option-group.decide';
import { normalisePvmCode } from '../shared/codes';
import { ogmStream, optionGroupStream } from '../shared/streams';
import { CatalogWrites, why } from './catalog-writes';

/** POST /ogm: a new OGM, or (with ogm_id) a new content revision of an existing one. Answers the ogm_id. */
export class CreateOgmCommand {
  constructor(readonly ctx: RequestContext, readonly request: OgmCreateRequest) {}
}
export class CloneOgmCommand {
  constructor(readonly ctx: RequestContext, readonly request: OgmCloneRequest) {}
}
export class SetOgmStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: OgmStatusRequest) {}
}

/** The current status of each named option group, from the log (absent: no such group in the org). */
async function groupStatuses(catalog: CatalogWrites, org: string, groups: OgmGroup[]): Promise<GroupStatuses> {
  const out: GroupStatuses = {};
  for (const { group_code } of groups) {
    const id = await catalog.ownerOf(org, 'option-group', group_code);
    const group = id ? await catalog.load(optionGroupStream(org, id), optionGroupDecider) : null;
    if (group) out[group_code] = group.status;
  }
  return out;
}

const normalised = (groups: OgmGroup[]) => groups.map((g) => ({ group_code: normalisePvmCode(g.group_code, 'groups.group_code'), priority: g.priority }));

@CommandHandler(CreateOgmCommand)
export class CreateOgmHandler implements ICommandHandler<CreateOgmCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, request: r }: CreateOgmCommand): Promise<string> {
    const groups = normalised(r.groups);
    const group_statuses = await groupStatuses(this.catalog, ctx.org_guid, groups);
    if (r.ogm_id) return this.revise(ctx, r, r.ogm_id, groups, group_statuses);
    if (!r.code) throw new DomainError('validation-error', 'code-required', 'code is required to create an OGM.', { fields: [{ field: 'code', reason: 'required' }] });
    const ogm_id = this.runtime.ids.next('ogm');
    const code = normalisePvmCode(r.code);
    const command = { kind: 'create' as const, ogm_id, org_guid: ctx.org_guid, code, caption: r.caption ?? code, groups, group_statuses, cloned_from: null };
    ogmDecider.decide(command, ogmDecider.initialState()); // refuse bad groups before claiming the code
    await this.catalog.claimCode(ctx, 'ogm', code, ogm_id);
    await this.writes.execute(ctx, { stream: ogmStream(ctx.org_guid, ogm_id), decider: ogmDecider, command, ...why(r) });
    return ogm_id;
  }

  private async revise(ctx: RequestContext, r: OgmCreateRequest, ogmId: string, groups: OgmGroup[], group_statuses: GroupStatuses): Promise<string> {
    if (r.expected_revision === undefined) {
      throw new DomainError('expected-revision-required', 'expected-revision-required', 'Revising an OGM needs expected_revision (the revision you last read).', { fields: [{ field: 'expected_revision', reason: 'required' }] });
    }
    const stream = ogmStream(ctx.org_guid, ogmId);
    await this.catalog.assertExists(stream, ogmDecider, 'ogm-not-found');
    await this.writes.execute(ctx, { stream, decider: ogmDecider, command: { kind: 'revise', groups, group_statuses }, expectedRevision: r.expected_revision, ...why(r) });
    return ogmId;
  }
}

/** A new OGM (ogm_rev 1) with the groups of another OGM's revision; the groups must still be active. */
@CommandHandler(CloneOgmCommand)
export class CloneOgmHandler implements ICommandHandler<CloneOgmCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, request: r }: CloneOgmCommand): Promise<string> {
    const source = await this.catalog.assertExists(ogmStream(ctx.org_guid, r.ogm_id), ogmDecider, 'ogm-not-found');
    const revision = source.revisions.find((rev) => rev.ogm_rev === (r.ogm_rev ?? source.ogm_rev));
    if (!revision) throw notFound('ogm-revision-not-found', `The OGM has no revision ${r.ogm_rev}.`, { ogm_revs: source.revisions.map((x) => x.ogm_rev) });
    const [ogm_id, code] = [this.runtime.ids.next('ogm'), normalisePvmCode(r.code)];
    const group_statuses = await groupStatuses(this.catalog, ctx.org_guid, revision.groups);
    const cloned_from = { ogm_id: source.ogm_id, ogm_rev: revision.ogm_rev };
    const command = { kind: 'create' as const, ogm_id, org_guid: ctx.org_guid, code, caption: r.caption ?? code, groups: revision.groups, group_statuses, cloned_from };
    ogmDecider.decide(command, ogmDecider.initialState());
    await this.catalog.claimCode(ctx, 'ogm', code, ogm_id);
    await this.writes.execute(ctx, { stream: ogmStream(ctx.org_guid, ogm_id), decider: ogmDecider, command, ...why(r) });
    return ogm_id;
  }
}

@CommandHandler(SetOgmStatusCommand)
export class SetOgmStatusHandler implements ICommandHandler<SetOgmStatusCommand, void> {
  constructor(private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, request: r }: SetOgmStatusCommand): Promise<void> {
    const stream = ogmStream(ctx.org_guid, r.ogm_id);
    await this.catalog.assertExists(stream, ogmDecider, 'ogm-not-found');
    await this.writes.execute(ctx, { stream, decider: ogmDecider, command: { kind: 'set-status', status: r.status }, expectedRevision: r.expected_revision, ...why(r) });
  }
}
