import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_MANUFACTURERS, PVM_VENDORS } from '../../../../projections/pvm/suppliers.projection';
import { ChangeSupplierCommand, CreateSupplierCommand } from '../commands/supplier.handlers';
import { GetCatalogRecordQuery } from '../queries/catalog-record.queries';
import type { SupplierKind } from '../supplier/supplier.events';
import { CODE_ERRORS, MANAGE, PVM, STATUS_ERRORS, VIEW } from './catalog-routes';
import {
  ManufacturerCreateRequest, ManufacturerDto, ManufacturerGetRequest, ManufacturerStatusRequest, ManufacturerUpdateRequest,
  VendorCreateRequest, VendorDto, VendorGetRequest, VendorStatusRequest, VendorUpdateRequest,
} from './dto/supplier.dto';

const vendor = { type: VendorDto, key: 'vendor' };
const manufacturer = { type: ManufacturerDto, key: 'manufacturer' };
const COLLECTION: Record<SupplierKind, string> = { vendor: PVM_VENDORS, manufacturer: PVM_MANUFACTURERS };

/** Vendors and manufacturers: create (draft), get, update caption, and the onboarding status machine. */
@ApiTags(PVM)
@Controller(PVM)
export class SupplierController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PVM, call: 'vendor', kind: 'write', summary: 'Create a vendor (status draft).', permissions: MANAGE, request: VendorCreateRequest, response: vendor, errors: CODE_ERRORS })
  async createVendor(@Body() body: VendorCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'vendor', await this.commands.execute<CreateSupplierCommand, string>(new CreateSupplierCommand(ctx, 'vendor', body)));
  }

  @Endpoint({ service: PVM, call: 'vendor/get', kind: 'read', summary: 'Get a vendor.', permissions: VIEW, request: VendorGetRequest, response: vendor, errors: [['not-found', 'vendor-not-found']] })
  getVendor(@Body() body: VendorGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'vendor', body.vendor_id);
  }

  @Endpoint({ service: PVM, call: 'vendor/update', kind: 'write', summary: 'Change a vendor\'s caption (the code never changes).', permissions: MANAGE, revision: true, request: VendorUpdateRequest, response: vendor, errors: [['not-found', 'vendor-not-found']] })
  async updateVendor(@Body() body: VendorUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeSupplierCommand(ctx, 'vendor', body.vendor_id, body.expected_revision, { kind: 'update', changes: { caption: body.caption } }, body));
    return this.one(ctx, 'vendor', body.vendor_id);
  }

  @Endpoint({ service: PVM, call: 'vendor/status', kind: 'write', summary: 'Move a vendor along draft → verified → active, suspended, inactive.', permissions: MANAGE, revision: true, request: VendorStatusRequest, response: vendor, errors: [['not-found', 'vendor-not-found'], ...STATUS_ERRORS] })
  async vendorStatus(@Body() body: VendorStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeSupplierCommand(ctx, 'vendor', body.vendor_id, body.expected_revision, { kind: 'set-status', status: body.status }, body));
    return this.one(ctx, 'vendor', body.vendor_id);
  }

  @Endpoint({ service: PVM, call: 'manufacturer', kind: 'write', summary: 'Create a manufacturer (status draft).', permissions: MANAGE, request: ManufacturerCreateRequest, response: manufacturer, errors: CODE_ERRORS })
  async createManufacturer(@Body() body: ManufacturerCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'manufacturer', await this.commands.execute<CreateSupplierCommand, string>(new CreateSupplierCommand(ctx, 'manufacturer', body)));
  }

  @Endpoint({ service: PVM, call: 'manufacturer/get', kind: 'read', summary: 'Get a manufacturer.', permissions: VIEW, request: ManufacturerGetRequest, response: manufacturer, errors: [['not-found', 'manufacturer-not-found']] })
  getManufacturer(@Body() body: ManufacturerGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, 'manufacturer', body.manufacturer_id);
  }

  @Endpoint({ service: PVM, call: 'manufacturer/update', kind: 'write', summary: 'Change a manufacturer\'s caption (the code never changes).', permissions: MANAGE, revision: true, request: ManufacturerUpdateRequest, response: manufacturer, errors: [['not-found', 'manufacturer-not-found']] })
  async updateManufacturer(@Body() body: ManufacturerUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeSupplierCommand(ctx, 'manufacturer', body.manufacturer_id, body.expected_revision, { kind: 'update', changes: { caption: body.caption } }, body));
    return this.one(ctx, 'manufacturer', body.manufacturer_id);
  }

  @Endpoint({ service: PVM, call: 'manufacturer/status', kind: 'write', summary: 'Move a manufacturer along draft → verified → active, suspended, inactive.', permissions: MANAGE, revision: true, request: ManufacturerStatusRequest, response: manufacturer, errors: [['not-found', 'manufacturer-not-found'], ...STATUS_ERRORS] })
  async manufacturerStatus(@Body() body: ManufacturerStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ChangeSupplierCommand(ctx, 'manufacturer', body.manufacturer_id, body.expected_revision, { kind: 'set-status', status: body.status }, body));
    return this.one(ctx, 'manufacturer', body.manufacturer_id);
  }

  private async one(ctx: RequestContext, kind: SupplierKind, id: string) {
    const record = await this.queries.execute<GetCatalogRecordQuery, Record<string, unknown>>(new GetCatalogRecordQuery(COLLECTION[kind], ctx.org_guid, id, `${kind}-not-found`));
    return { [kind]: record };
  }
}
