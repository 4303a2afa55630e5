import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { validationError } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CRM_CUSTOMERS } from '../../../projections/crm/customers.projection';
import { CreateCustomerCommand } from '../commands/customer.handlers';
import { GetCrmRecordQuery, ListCrmRecordsQuery, RecordPage } from '../queries/records.queries';
import { normaliseEmail, normalisePhone } from '../shared/normalise';
import { CustomerCreateRequest, CustomerDto, CustomerGetRequest, CustomerListRequest, CustomerSearchRequest } from './dto/customer.dto';
import { CRM, CUSTOMER_MISSING, MANAGE, VIEW } from './routes';

const response = { type: CustomerDto, key: 'customer' };

@ApiTags(CRM)
@Controller(CRM)
export class CustomerController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: CRM, call: 'customer/create', kind: 'write', summary: 'Create a customer (email unique per org: 409 duplicate-email names the existing customer).',
    permissions: MANAGE, request: CustomerCreateRequest, response: { ...response, extra: { customer_id: { type: 'string' } } },
    errors: [['conflict', 'duplicate-email'], ['validation-error', 'email-invalid'], ['validation-error', 'phone-invalid'], ['validation-error', 'customer-identifier-required']],
  })
  async create(@Body() body: CustomerCreateRequest, @Ctx() ctx: RequestContext) {
    const id = await this.commands.execute<CreateCustomerCommand, string>(new CreateCustomerCommand(ctx, body));
    return { customer_id: id, ...(await this.one(ctx, id)) };
  }

  @Endpoint({ service: CRM, call: 'customer/get', kind: 'read', summary: 'Get a customer (with flags, open holds and loyalty balance).', permissions: VIEW, request: CustomerGetRequest, response, errors: [['not-found', CUSTOMER_MISSING]] })
  get(@Body() body: CustomerGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.customer_id);
  }

  @Endpoint({ service: CRM, call: 'customer/list', kind: 'read', summary: 'List customers, oldest first.', permissions: VIEW, request: CustomerListRequest, response: { type: CustomerDto, list: true } })
  list(@Body() body: CustomerListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListCrmRecordsQuery(CRM_CUSTOMERS, ctx.org_guid, { status: body.status }, 'created_at', body.limit, body.next_token));
  }

  @Endpoint({
    service: CRM, call: 'customer/search', kind: 'read', summary: 'Find customers by exact email or phone (normalised), external_ref, or caption prefix.',
    permissions: VIEW, request: CustomerSearchRequest, response: { type: CustomerDto, list: true }, errors: [['validation-error', 'search-criteria-required']],
  })
  search(@Body() body: CustomerSearchRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    if (body.email === undefined && body.phone === undefined && body.name_prefix === undefined && body.external_ref === undefined) {
      throw validationError('search-criteria-required', 'Give email, phone, external_ref or name_prefix.', { fields: [{ field: 'email', reason: 'give at least one criterion' }] });
    }
    const filter = {
      email: body.email !== undefined ? normaliseEmail(body.email) : undefined,
      phone: body.phone !== undefined ? normalisePhone(body.phone) : undefined,
      external_ref: body.external_ref,
      search_name: body.name_prefix !== undefined ? { $prefix: body.name_prefix.toLowerCase() } : undefined,
    };
    const sort = body.name_prefix !== undefined ? 'search_name' : 'created_at';
    return this.queries.execute(new ListCrmRecordsQuery(CRM_CUSTOMERS, ctx.org_guid, filter, sort, body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, id: string) {
    return { customer: await this.queries.execute(new GetCrmRecordQuery(CRM_CUSTOMERS, ctx.org_guid, id, CUSTOMER_MISSING)) };
  }
}
