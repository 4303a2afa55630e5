import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { normalisePvmCode } from '../shared/codes';
import { taxonomyStream } from '../shared/streams';
import { MAX_DEPTH, ParentLookup, taxonomyDecider, TaxonomyCommand } from '../taxonomy/taxonomy.decide';
import type { TaxonomyKind } from '../taxonomy/taxonomy.events';
import { CatalogWrites, why } from './catalog-writes';

type Why = { reason?: string; source_refs?: Array<{ kind: string; id: string }> };
const ID_PREFIX: Record<TaxonomyKind, string> = { division: 'div', department: 'dep', category: 'cat', season: 'sea' };

export class CreateTaxonomyNodeCommand {
  constructor(readonly ctx: RequestContext, readonly node: TaxonomyKind, readonly request: Why & { code: string; caption: string; parent_id?: string | null }) {}
}
/** update (caption, parent) and status of an existing node of `node` kind. `parent_id`: undefined = unchanged, null = detach. */
export class ChangeTaxonomyNodeCommand {
  constructor(
    readonly ctx: RequestContext, readonly node: TaxonomyKind, readonly id: string, readonly expectedRevision: number,
    readonly change: { caption?: string; parent_id?: string | null } | { status: 'active' | 'inactive' }, readonly request: Why,
  ) {}
}

/** The proposed parent and its ancestors, read from the log (a bounded walk: the decider refuses deeper trees). */
async function lookupParent(catalog: CatalogWrites, org: string, parentId: string | null | undefined): Promise<ParentLookup> {
  if (!parentId) return null;
  const parent = await catalog.load(taxonomyStream(org, parentId), taxonomyDecider);
  if (!parent?.kind) return { parent_id: parentId, found: null };
  const ancestors: string[] = [];
  for (let next = parent.parent_id; next && ancestors.length <= MAX_DEPTH && !ancestors.includes(next); ) {
    ancestors.push(next);
    next = (await catalog.load(taxonomyStream(org, next), taxonomyDecider))?.parent_id ?? null;
  }
  return { parent_id: parentId, found: { id: parentId, kind: parent.kind, status: parent.status, ancestors } };
}

@CommandHandler(CreateTaxonomyNodeCommand)
export class CreateTaxonomyNodeHandler implements ICommandHandler<CreateTaxonomyNodeCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, node, request: r }: CreateTaxonomyNodeCommand): Promise<string> {
    const id = this.runtime.ids.next(ID_PREFIX[node]);
    const code = normalisePvmCode(r.code);
    const command: TaxonomyCommand = { kind: 'create', node, id, org_guid: ctx.org_guid, code, caption: r.caption, parent: await lookupParent(this.catalog, ctx.org_guid, r.parent_id) };
    // Decide once before claiming, so a refused create (bad parent) leaves the code free.
    taxonomyDecider.decide(command, taxonomyDecider.initialState());
    await this.catalog.claimCode(ctx, node, code, id);
    await this.writes.execute(ctx, { stream: taxonomyStream(ctx.org_guid, id), decider: taxonomyDecider, command, ...why(r) });
    return id;
  }
}

@CommandHandler(ChangeTaxonomyNodeCommand)
export class ChangeTaxonomyNodeHandler implements ICommandHandler<ChangeTaxonomyNodeCommand, void> {
  constructor(private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, node, id, expectedRevision, change, request }: ChangeTaxonomyNodeCommand): Promise<void> {
    const stream = taxonomyStream(ctx.org_guid, id);
    await this.catalog.assertExists(stream, taxonomyDecider, `${node}-not-found`, (s) => s.kind === node);
    const command: TaxonomyCommand = 'status' in change
      ? { kind: 'set-status', status: change.status }
      : { kind: 'update', caption: change.caption, parent: change.parent_id === undefined ? undefined : await lookupParent(this.catalog, ctx.org_guid, change.parent_id) };
    await this.writes.execute(ctx, { stream, decider: taxonomyDecider, command, expectedRevision, ...why(request) });
  }
}
