import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CRM_CUSTOMER_CONSENTS } from '../../../projections/crm/customer-consents.projection';
import { CRM_CUSTOMER_FLAGS, CRM_CUSTOMER_HOLDS } from '../../../projections/crm/customer-flags-holds.projection';
import { CRM_CUSTOMERS } from '../../../projections/crm/customers.projection';
import { SetConsentCommand, SetFlagCommand } from '../commands/customer.handlers';
import { ResolveHoldCommand } from '../commands/resolve-hold.handler';
import { GetCrmRecordQuery, ListCrmRecordsQuery, RecordPage } from '../queries/records.queries';
import { CustomerConsentDto, CustomerConsentGetRequest, CustomerConsentSetRequest } from './dto/customer.dto';
import { CustomerFlagDto, CustomerFlagListRequest, CustomerFlagSetRequest, CustomerHoldDto, CustomerHoldListRequest, CustomerHoldResolveRequest } from './dto/flag-hold.dto';
import { CRM, CUSTOMER_MISSING, MANAGE, PRIVACY, VIEW } from './routes';

const REVISION_CONFLICT: Array<['conflict', string]> = [['conflict', 'revision-mismatch']];

/** Consent (privacy admins), flags and holds of a customer. */
@ApiTags(CRM)
@Controller(CRM)
export class CustomerCareController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: CRM, call: 'customer/consent/set', kind: 'write', summary: 'Grant or withdraw consent for one purpose on one channel; every change is kept in the history.',
    permissions: PRIVACY, request: CustomerConsentSetRequest, response: { type: CustomerConsentDto, key: 'consent' }, errors: [['not-found', CUSTOMER_MISSING], ...REVISION_CONFLICT],
  })
  async setConsent(@Body() body: CustomerConsentSetRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetConsentCommand(ctx, body));
    return this.consent(ctx, body.customer_id);
  }

  @Endpoint({
    service: CRM, call: 'customer/consent/get', kind: 'read', summary: 'Current consent per purpose and channel, with its history.',
    permissions: PRIVACY, request: CustomerConsentGetRequest, response: { type: CustomerConsentDto, key: 'consent' }, errors: [['not-found', CUSTOMER_MISSING]],
  })
  getConsent(@Body() body: CustomerConsentGetRequest, @Ctx() ctx: RequestContext) {
    return this.consent(ctx, body.customer_id);
  }

  @Endpoint({
    service: CRM, call: 'customer/flag/set', kind: 'write', summary: 'Raise or clear a flag; with place_hold a raised flag also opens a hold that blocks redemptions.',
    permissions: MANAGE, request: CustomerFlagSetRequest, response: { type: CustomerFlagDto, key: 'flag', extra: { hold: { $ref: '#/components/schemas/CustomerHoldDto' } } },
    errors: [['not-found', CUSTOMER_MISSING], ...REVISION_CONFLICT],
  })
  async setFlag(@Body() body: CustomerFlagSetRequest, @Ctx() ctx: RequestContext) {
    const holdId = await this.commands.execute<SetFlagCommand, string | null>(new SetFlagCommand(ctx, body));
    // Clearing a flag that was never raised records nothing: answer it as inactive.
    const flag = (await this.queries.execute(new GetCrmRecordQuery(CRM_CUSTOMER_FLAGS, ctx.org_guid, `${body.customer_id}:${body.flag_code}`, null)))
      ?? { customer_id: body.customer_id, org_guid: ctx.org_guid, flag_code: body.flag_code, active: false, note: null };
    const hold = holdId ? await this.queries.execute(new GetCrmRecordQuery(CRM_CUSTOMER_HOLDS, ctx.org_guid, holdId, 'hold-not-found')) : null;
    return { flag, hold };
  }

  @Endpoint({ service: CRM, call: 'customer/flag/list', kind: 'read', summary: 'Flags, by customer, flag code or active.', permissions: VIEW, request: CustomerFlagListRequest, response: { type: CustomerFlagDto, list: true } })
  listFlags(@Body() body: CustomerFlagListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { customer_id: body.customer_id, flag_code: body.flag_code, active: body.active };
    return this.queries.execute(new ListCrmRecordsQuery(CRM_CUSTOMER_FLAGS, ctx.org_guid, filter, 'updated_at', body.limit, body.next_token));
  }

  @Endpoint({ service: CRM, call: 'customer/hold/list', kind: 'read', summary: 'Holds, by customer or status, oldest first.', permissions: VIEW, request: CustomerHoldListRequest, response: { type: CustomerHoldDto, list: true } })
  listHolds(@Body() body: CustomerHoldListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { customer_id: body.customer_id, status: body.status };
    return this.queries.execute(new ListCrmRecordsQuery(CRM_CUSTOMER_HOLDS, ctx.org_guid, filter, 'placed_at', body.limit, body.next_token));
  }

  @Endpoint({
    service: CRM, call: 'customer/hold/resolve', kind: 'write', summary: 'Resolve an open hold: redemptions are allowed again once no hold is open.',
    permissions: MANAGE, request: CustomerHoldResolveRequest, response: { type: CustomerHoldDto, key: 'hold' },
    errors: [['not-found', 'hold-not-found'], ['invalid-state', 'hold-already-resolved'], ...REVISION_CONFLICT],
  })
  async resolveHold(@Body() body: CustomerHoldResolveRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ResolveHoldCommand(ctx, body));
    return { hold: await this.queries.execute(new GetCrmRecordQuery(CRM_CUSTOMER_HOLDS, ctx.org_guid, body.hold_id, 'hold-not-found')) };
  }

  /** Consent of an existing customer; one never asked answers empty lists. */
  private async consent(ctx: RequestContext, customerId: string) {
    const customer = await this.queries.execute<GetCrmRecordQuery, { revision: number }>(new GetCrmRecordQuery(CRM_CUSTOMERS, ctx.org_guid, customerId, CUSTOMER_MISSING));
    const doc = (await this.queries.execute<GetCrmRecordQuery, Record<string, unknown> | null>(new GetCrmRecordQuery(CRM_CUSTOMER_CONSENTS, ctx.org_guid, customerId, null)))
      ?? { consents: [], history: [] };
    return { consent: { customer_id: customerId, revision: customer.revision, consents: doc.consents, history: doc.history } };
  }
}
