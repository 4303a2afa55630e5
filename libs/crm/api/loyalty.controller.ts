import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CRM_CUSTOMERS } from '../../../projections/crm/customers.projection';
import { CRM_LOYALTY_POLICIES } from '../../../projections/crm/loyalty-policies.projection';
import { CRM_LOYALTY_TXNS, loyaltyTxnKey } from '../../../projections/crm/loyalty-txns.projection';
import { LoyaltyOp, LoyaltyTxnCommand } from '../commands/loyalty.handlers';
import { SetLoyaltyPolicyCommand } from '../commands/set-policy.handler';
import { DEFAULT_POLICY } from '../policy/policy.decide';
import { GetCrmRecordQuery } from '../queries/records.queries';
import {
  LoyaltyAdjustRequest, LoyaltyEarnRequest, LoyaltyExpireDto, LoyaltyExpireRequest, LoyaltyPolicyDto, LoyaltyPolicyGetRequest, LoyaltyPolicySetRequest,
  LoyaltyRedeemRequest, LoyaltyRestoreRequest, LoyaltyReverseRequest, LoyaltyTxnDto,
} from './dto/loyalty.dto';
import { CRM, CUSTOMER_MISSING, ErrorTags, HOLD_ERRORS, LOYALTY, VIEW } from './routes';

const txnResponse = { type: LoyaltyTxnDto, key: 'loyalty_txn', extra: { loyalty_txn_id: { type: 'string' } } };
const INSUFFICIENT: ErrorTags = [['invalid-state', 'insufficient-points']];
const TXN_MISSING: ErrorTags = [['not-found', 'loyalty-txn-not-found']];
const NO_CUSTOMER: ErrorTags = [['not-found', CUSTOMER_MISSING]];

/** Loyalty ledger (earn, redeem, adjust, reverse, restore, expire) and the org's policy. */
@ApiTags(CRM)
@Controller(CRM)
export class LoyaltyController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: CRM, call: 'loyalty/earn', kind: 'write', summary: 'Earn points for a customer (expiry from the policy unless given).', permissions: LOYALTY, request: LoyaltyEarnRequest, response: txnResponse, errors: NO_CUSTOMER })
  earn(@Body() body: LoyaltyEarnRequest, @Ctx() ctx: RequestContext) {
    return this.txn(ctx, { kind: 'earn', request: body });
  }

  @Endpoint({
    service: CRM, call: 'loyalty/redeem', kind: 'write', summary: 'Redeem points (soonest-expiring first); never below zero; refused while the customer is on hold.',
    permissions: LOYALTY, request: LoyaltyRedeemRequest, response: txnResponse, errors: [...NO_CUSTOMER, ...INSUFFICIENT, ...HOLD_ERRORS],
  })
  redeem(@Body() body: LoyaltyRedeemRequest, @Ctx() ctx: RequestContext) {
    return this.txn(ctx, { kind: 'redeem', request: body });
  }

  @Endpoint({ service: CRM, call: 'loyalty/adjust', kind: 'write', summary: 'Add or remove points by hand; never below zero.', permissions: LOYALTY, request: LoyaltyAdjustRequest, response: txnResponse, errors: [...NO_CUSTOMER, ...INSUFFICIENT] })
  adjust(@Body() body: LoyaltyAdjustRequest, @Ctx() ctx: RequestContext) {
    return this.txn(ctx, { kind: 'adjust', request: body });
  }

  @Endpoint({
    service: CRM, call: 'loyalty/reverse', kind: 'write', summary: 'Reverse an earn, redeem or adjustment, once only.', permissions: LOYALTY, request: LoyaltyReverseRequest, response: txnResponse,
    errors: [...TXN_MISSING, ...INSUFFICIENT, ['invalid-state', 'already-reversed'], ['invalid-state', 'not-reversible']],
  })
  reverse(@Body() body: LoyaltyReverseRequest, @Ctx() ctx: RequestContext) {
    return this.txn(ctx, { kind: 'reverse', request: body });
  }

  @Endpoint({
    service: CRM, call: 'loyalty/restore', kind: 'write', summary: 'Undo a reversal: the original transaction is in effect again.', permissions: LOYALTY, request: LoyaltyRestoreRequest, response: txnResponse,
    errors: [...TXN_MISSING, ...INSUFFICIENT, ['invalid-state', 'not-a-reversal'], ['invalid-state', 'already-restored']],
  })
  restore(@Body() body: LoyaltyRestoreRequest, @Ctx() ctx: RequestContext) {
    return this.txn(ctx, { kind: 'restore', request: body });
  }

  @Endpoint({
    service: CRM, call: 'loyalty/expire', kind: 'write', summary: 'Expire what is left of a customer\'s lots past their expiry (as of now or an earlier as_of).',
    permissions: LOYALTY, request: LoyaltyExpireRequest, response: { type: LoyaltyExpireDto, key: 'expiry' }, errors: [...NO_CUSTOMER, ['validation-error', 'as-of-in-future']],
  })
  async expire(@Body() body: LoyaltyExpireRequest, @Ctx() ctx: RequestContext) {
    const done = await this.commands.execute(new LoyaltyTxnCommand(ctx, { kind: 'expire', request: body }));
    const txn = done.appended ? await this.record(ctx, done.txn_id) : null;
    const customer = await this.queries.execute(new GetCrmRecordQuery(CRM_CUSTOMERS, ctx.org_guid, body.customer_id, CUSTOMER_MISSING));
    return { expiry: { customer_id: body.customer_id, expired_points: txn ? -Number(txn.points_delta) : 0, balance: Number(customer!.loyalty_balance), loyalty_txn: txn } };
  }

  @Endpoint({
    service: CRM, call: 'loyalty/policy/set', kind: 'write', summary: 'Set the org\'s loyalty policy (points per currency unit, rounding, expiry, earn on settled orders).',
    permissions: LOYALTY, request: LoyaltyPolicySetRequest, response: { type: LoyaltyPolicyDto, key: 'policy' }, errors: [['conflict', 'revision-mismatch']],
  })
  async setPolicy(@Body() body: LoyaltyPolicySetRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetLoyaltyPolicyCommand(ctx, body));
    return this.policy(ctx);
  }

  @Endpoint({ service: CRM, call: 'loyalty/policy/get', kind: 'read', summary: 'The org\'s loyalty policy (the defaults, configured: false, until one is set).', permissions: VIEW, request: LoyaltyPolicyGetRequest, response: { type: LoyaltyPolicyDto, key: 'policy' } })
  getPolicy(@Body() _body: LoyaltyPolicyGetRequest, @Ctx() ctx: RequestContext) {
    return this.policy(ctx);
  }

  private async txn(ctx: RequestContext, op: LoyaltyOp) {
    const done = await this.commands.execute(new LoyaltyTxnCommand(ctx, op));
    return { loyalty_txn_id: done.txn_id, loyalty_txn: await this.record(ctx, done.txn_id) };
  }

  private async record(ctx: RequestContext, txnId: string) {
    const doc = await this.queries.execute(new GetCrmRecordQuery(CRM_LOYALTY_TXNS, ctx.org_guid, loyaltyTxnKey(ctx.org_guid, txnId), 'loyalty-txn-not-found'));
    const { org_guid: _org, source_refs: _refs, ...txn } = doc!;
    return txn;
  }

  private async policy(ctx: RequestContext) {
    const doc = await this.queries.execute(new GetCrmRecordQuery(CRM_LOYALTY_POLICIES, ctx.org_guid, ctx.org_guid, null));
    if (!doc) return { policy: { org_guid: ctx.org_guid, configured: false, ...DEFAULT_POLICY, revision: null, updated_at: null } };
    const { created_at: _c, ...policy } = doc;
    return { policy: { configured: true, ...policy } };
  }
}
