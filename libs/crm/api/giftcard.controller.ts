import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CRM_GIFTCARDS, GiftcardDoc } from '../../../projections/crm/giftcards.projection';
import { IssueGiftcardCommand, RedeemGiftcardCommand } from '../commands/giftcard.handlers';
import { GetCrmRecordQuery } from '../queries/records.queries';
import { formatGiftcardCode, maskGiftcardCode } from '../shared/normalise';
import { StoredValueDto, StoredValueIssueRequest, StoredValueRedeemRequest, StoredValueRedemptionDto } from './dto/giftcard.dto';
import { CRM, CUSTOMER_MISSING, GIFTCARD, HOLD_ERRORS } from './routes';

/** Gift cards (stored value): issue with a code shown once, redeem by id or code without ever overdrawing. */
@ApiTags(CRM)
@Controller(CRM)
export class GiftcardController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: CRM, call: 'giftcard/issue', kind: 'write', summary: 'Issue a gift card; the response is the only place its full code ever appears.',
    permissions: GIFTCARD, request: StoredValueIssueRequest, response: { type: StoredValueDto, key: 'giftcard' },
    errors: [['conflict', 'duplicate-code'], ['validation-error', 'giftcard-code-invalid'], ['not-found', CUSTOMER_MISSING]],
  })
  async issue(@Body() body: StoredValueIssueRequest, @Ctx() ctx: RequestContext) {
    const issued = await this.commands.execute<IssueGiftcardCommand, { giftcard_id: string; code: string }>(new IssueGiftcardCommand(ctx, body));
    return { giftcard: { ...(await this.card(ctx, issued.giftcard_id)), code: formatGiftcardCode(issued.code) } };
  }

  @Endpoint({
    service: CRM, call: 'giftcard/redeem', kind: 'write', summary: 'Redeem part or all of a card\'s balance (by giftcard_id or code); never overdraws; refused while its customer is on hold.',
    permissions: GIFTCARD, request: StoredValueRedeemRequest, response: { type: StoredValueDto, key: 'giftcard', extra: { redemption: { $ref: '#/components/schemas/StoredValueRedemptionDto' } } },
    errors: [
      ['not-found', 'giftcard-not-found'], ['not-found', CUSTOMER_MISSING], ['invalid-state', 'insufficient-balance'], ['invalid-state', 'currency-mismatch'],
      ['validation-error', 'giftcard-ref-required'], ...HOLD_ERRORS,
    ],
  })
  async redeem(@Body() body: StoredValueRedeemRequest, @Ctx() ctx: RequestContext) {
    const done = await this.commands.execute<RedeemGiftcardCommand, { giftcard_id: string; redemption_id: string; balance_after_minor: number }>(new RedeemGiftcardCommand(ctx, body));
    const giftcard = await this.card(ctx, done.giftcard_id);
    const redemption: StoredValueRedemptionDto = { redemption_id: done.redemption_id, amount_minor: body.amount_minor, currency: body.currency, balance_after_minor: done.balance_after_minor };
    return { giftcard, redemption };
  }

  /** The card as answered: masked code, money as { amount_minor, currency }, never the code digest. */
  private async card(ctx: RequestContext, id: string): Promise<StoredValueDto> {
    const doc = (await this.queries.execute(new GetCrmRecordQuery(CRM_GIFTCARDS, ctx.org_guid, id, 'giftcard-not-found'))) as unknown as GiftcardDoc;
    return {
      giftcard_id: doc.giftcard_id, org_guid: doc.org_guid, masked_code: maskGiftcardCode(doc.code_last4), code_last4: doc.code_last4, customer_id: doc.customer_id,
      initial: { amount_minor: doc.initial_amount_minor, currency: doc.currency }, balance: { amount_minor: doc.balance_minor, currency: doc.currency },
      status: doc.status, revision: doc.revision, created_at: doc.created_at, updated_at: doc.updated_at,
    };
  }
}
