import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { CRM_GIFTCARDS, GiftcardDoc } from '../../../projections/crm/giftcards.projection';
import type { StoredValueIssueRequest, StoredValueRedeemRequest } from '../api/dto/giftcard.dto';
import { giftcardCodeDecider, giftcardDecider } from '../giftcard/giftcard.decide';
import { newGiftcardCode, normaliseGiftcardCode, sha256 } from '../shared/normalise';
import { giftcardCodeStream, giftcardStream } from '../shared/streams';
import { CrmWrites, why } from './crm-writes';

export class IssueGiftcardCommand {
  constructor(readonly ctx: RequestContext, readonly request: StoredValueIssueRequest) {}
}

/** Claims the code (by digest), then issues; answers the plaintext code, which is stored nowhere. */
@CommandHandler(IssueGiftcardCommand)
export class IssueGiftcardHandler implements ICommandHandler<IssueGiftcardCommand, { giftcard_id: string; code: string }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly crm: CrmWrites) {}

  async execute({ ctx, request: r }: IssueGiftcardCommand) {
    const org = ctx.org_guid;
    if (r.customer_id) await this.crm.customer(org, r.customer_id);
    const code = r.code !== undefined ? normaliseGiftcardCode(r.code) : newGiftcardCode();
    const giftcard_id = this.runtime.ids.next('gfc');
    const code_digest = sha256(`${org}:${code}`);
    await this.writes.execute(ctx, { stream: giftcardCodeStream(org, code_digest), decider: giftcardCodeDecider, command: { kind: 'claim', code_digest, giftcard_id }, ...why(r) });
    const data = { giftcard_id, org_guid: org, code_digest, code_last4: code.slice(-4), amount_minor: r.amount_minor, currency: r.currency, customer_id: r.customer_id ?? null };
    await this.writes.execute(ctx, { stream: giftcardStream(org, giftcard_id), decider: giftcardDecider, command: { kind: 'issue', ...data }, ...why(r) });
    return { giftcard_id, code };
  }
}

export class RedeemGiftcardCommand {
  constructor(readonly ctx: RequestContext, readonly request: StoredValueRedeemRequest) {}
}

/** Finds the card by id or presented code; the card's owner's and the redeeming customer's holds both block. */
@CommandHandler(RedeemGiftcardCommand)
export class RedeemGiftcardHandler implements ICommandHandler<RedeemGiftcardCommand, { giftcard_id: string; redemption_id: string; balance_after_minor: number }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly crm: CrmWrites) {}

  async execute({ ctx, request: r }: RedeemGiftcardCommand) {
    const org = ctx.org_guid;
    const card = await this.find(org, r);
    const redemption_id = this.runtime.ids.next('gfr');
    const customer_on_hold = await this.crm.anyOnHold(org, [card.customer_id, r.customer_id]);
    const command = { kind: 'redeem' as const, redemption_id, amount_minor: r.amount_minor, currency: r.currency, customer_id: r.customer_id ?? card.customer_id, customer_on_hold };
    const result = await this.writes.execute(ctx, { stream: giftcardStream(org, card.giftcard_id), decider: giftcardDecider, command, ...why(r) });
    // From the write itself: the read model may already show later redemptions.
    return { giftcard_id: card.giftcard_id, redemption_id, balance_after_minor: result.state.balance_minor };
  }

  private async find(org: string, r: StoredValueRedeemRequest): Promise<GiftcardDoc> {
    if ((r.giftcard_id === undefined) === (r.code === undefined)) {
      throw validationError('giftcard-ref-required', 'Give exactly one of giftcard_id or code.', { fields: [{ field: 'giftcard_id', reason: 'give exactly one of giftcard_id or code' }] });
    }
    const cards = this.runtime.readModels.collection<GiftcardDoc>(CRM_GIFTCARDS);
    const card = r.giftcard_id !== undefined
      ? await cards.get(r.giftcard_id)
      : (await cards.find({ org_guid: org, code_digest: sha256(`${org}:${normaliseGiftcardCode(r.code!)}`) }, { limit: 1 })).items[0];
    if (!card || card.org_guid !== org) throw notFound('giftcard-not-found', 'No such gift card.');
    return card;
  }
}
