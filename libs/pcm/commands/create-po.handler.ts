import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PoCreateRequest } from '../api/dto/po.dto';
import { poDecider } from '../po/po.decide';
import { PcmReads } from '../shared/pcm-reads';
import { poStream, why } from '../shared/streams';

export class CreatePoCommand {
  constructor(readonly ctx: RequestContext, readonly request: PoCreateRequest) {}
}

/** Drafts a PO: ids for it and its lines, and the vendor, facility and variants it points at, go into the command. */
@CommandHandler(CreatePoCommand)
export class CreatePoHandler implements ICommandHandler<CreatePoCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly reads: PcmReads) {}

  async execute({ ctx, request: r }: CreatePoCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const po_id = this.runtime.ids.next('po');
    const lines = r.lines.map((l) => ({ po_line_id: this.runtime.ids.next('pol'), variant_id: l.variant_id, qty: l.qty, unit_cost_minor: l.unit_cost_minor }));
    const refs = await this.reads.poReferences(org_guid, r.vendor_id, r.logical_guid, lines.map((l) => l.variant_id));
    await this.writes.execute(ctx, {
      stream: poStream(org_guid, po_id),
      decider: poDecider,
      command: { kind: 'create', po_id, org_guid, vendor_id: r.vendor_id, logical_guid: r.logical_guid, currency: r.currency, lines, refs },
      ...why(r),
    });
    return po_id;
  }
}
