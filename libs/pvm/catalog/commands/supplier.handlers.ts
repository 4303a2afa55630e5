import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { normalisePvmCode } from '../shared/codes';
import { supplierStream } from '../shared/streams';
import { supplierDecider, SupplierCommand } from '../supplier/supplier.decide';
import type { SupplierKind } from '../supplier/supplier.events';
import { CatalogWrites, why } from './catalog-writes';

type Why = { reason?: string; source_refs?: Array<{ kind: string; id: string }> };
const ID_PREFIX: Record<SupplierKind, string> = { vendor: 'ven', manufacturer: 'mfr' };

export class CreateSupplierCommand {
  constructor(readonly ctx: RequestContext, readonly supplier: SupplierKind, readonly request: Why & { code: string; caption: string }) {}
}
/** update and status: one write on an existing supplier's stream, pinned to the client's revision. */
export class ChangeSupplierCommand {
  constructor(readonly ctx: RequestContext, readonly supplier: SupplierKind, readonly id: string, readonly expectedRevision: number, readonly command: SupplierCommand, readonly request: Why) {}
}

@CommandHandler(CreateSupplierCommand)
export class CreateSupplierHandler implements ICommandHandler<CreateSupplierCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, supplier, request: r }: CreateSupplierCommand): Promise<string> {
    const id = this.runtime.ids.next(ID_PREFIX[supplier]);
    const code = normalisePvmCode(r.code);
    await this.catalog.claimCode(ctx, supplier, code, id);
    const command = { kind: 'create' as const, supplier, id, org_guid: ctx.org_guid, code, caption: r.caption };
    await this.writes.execute(ctx, { stream: supplierStream(ctx.org_guid, supplier, id), decider: supplierDecider, command, ...why(r) });
    return id;
  }
}

@CommandHandler(ChangeSupplierCommand)
export class ChangeSupplierHandler implements ICommandHandler<ChangeSupplierCommand, void> {
  constructor(private readonly writes: Writes, private readonly catalog: CatalogWrites) {}

  async execute({ ctx, supplier, id, expectedRevision, command, request }: ChangeSupplierCommand): Promise<void> {
    const stream = supplierStream(ctx.org_guid, supplier, id);
    await this.catalog.assertExists(stream, supplierDecider, `${supplier}-not-found`);
    await this.writes.execute(ctx, { stream, decider: supplierDecider, command, expectedRevision, ...why(request) });
  }
}
