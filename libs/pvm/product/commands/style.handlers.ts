import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PvmStyleCreateRequest, PvmStyleStatusRequest, PvmStyleUpdateRequest } from '../api/dto/style.dto';
import { normaliseStyleCode } from '../shared/codes';
import { styleStream } from '../shared/streams';
import { assertOgmUsable, assertStyleGates } from '../style/style-gates';
import { styleDecider } from '../style/style.decide';
import type { StyleState } from '../style/style.state';
import { ProductWrites, why } from './product-writes';

export class CreateStyleCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmStyleCreateRequest) {}
}

/** Checks the gates, claims the code (so a refused create leaves it free), then creates the style. */
@CommandHandler(CreateStyleCommand)
export class CreateStyleHandler implements ICommandHandler<CreateStyleCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: CreateStyleCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const style_id = this.runtime.ids.next('sty');
    const code = normaliseStyleCode(r.code);
    const details = {
      caption: r.caption ?? code, description: r.description ?? null, category_id: r.category_id, brand_id: r.brand_id ?? null,
      vendor_ids: [...new Set(r.vendor_ids)], manufacturer_ids: [...new Set(r.manufacturer_ids)], primary_vendor_id: r.primary_vendor_id, primary_manufacturer_id: r.primary_manufacturer_id,
    };
    const facts = await this.products.styleFacts(org_guid, details, r.ogm_id);
    assertStyleGates(details, facts);
    assertOgmUsable(r.ogm_id, r.ogm_rev, facts.ogm);
    await this.products.claim(ctx, 'style-code', code, style_id);
    await this.writes.execute(ctx, {
      stream: styleStream(org_guid, style_id),
      decider: styleDecider,
      command: { kind: 'create', style_id, org_guid, code, ogm_id: r.ogm_id, ogm_rev: r.ogm_rev, facts, ...details },
      ...why(r),
    });
    return style_id;
  }
}

export class UpdateStyleCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmStyleUpdateRequest) {}
}

@CommandHandler(UpdateStyleCommand)
export class UpdateStyleHandler implements ICommandHandler<UpdateStyleCommand, void> {
  constructor(private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: UpdateStyleCommand): Promise<void> {
    const stream = styleStream(ctx.org_guid, r.style_id);
    const current = await this.products.assertExists(stream, styleDecider, 'style-not-found');
    const changes = {
      caption: r.caption, description: r.description, category_id: r.category_id, brand_id: r.brand_id,
      vendor_ids: r.vendor_ids && [...new Set(r.vendor_ids)], manufacturer_ids: r.manufacturer_ids && [...new Set(r.manufacturer_ids)],
      primary_vendor_id: r.primary_vendor_id, primary_manufacturer_id: r.primary_manufacturer_id,
    };
    const merged = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as StyleState;
    const facts = await this.products.styleFacts(ctx.org_guid, merged, current.ogm_id);
    await this.writes.execute(ctx, { stream, decider: styleDecider, command: { kind: 'update', changes, facts }, expectedRevision: r.expected_revision, ...why(r) });
  }
}

export class SetStyleStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmStyleStatusRequest) {}
}

/** Dooming needs every variant doomed first, and frees the style code. */
@CommandHandler(SetStyleStatusCommand)
export class SetStyleStatusHandler implements ICommandHandler<SetStyleStatusCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: SetStyleStatusCommand): Promise<void> {
    const stream = styleStream(ctx.org_guid, r.style_id);
    const current = await this.products.assertExists(stream, styleDecider, 'style-not-found');
    const live_variants = r.status === 'doomed'
      ? await this.runtime.readModels.collection('pvm_variants').count({ org_guid: ctx.org_guid, style_id: r.style_id, status: { $ne: 'doomed' } })
      : 0;
    const result = await this.writes.execute(ctx, { stream, decider: styleDecider, command: { kind: 'set-status', status: r.status, live_variants }, expectedRevision: r.expected_revision, ...why(r) });
    if (result.state.status === 'doomed') await this.products.release(ctx, 'style-code', current.code, r.style_id);
  }
}
