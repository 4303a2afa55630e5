import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ACC_RECONCILIATIONS, ACC_STORAGE } from '../../../projections/accounting/usage.projection';
import { AccountingWriteCommand } from '../commands/accounting-write.handler';
import { ReconcileStorageCommand } from '../commands/reconcile-storage.handler';
import { storageStream } from '../shared/streams';
import { usageDecider } from '../usage/usage.decide';
import { ReconciliationDto, StorageGetRequest, StorageListRequest, StorageReconcileRequest, StorageRecordRequest, StorageUsageDto } from './dto/usage.dto';
import { getRecord, listRecords } from './reads';
import { ACC, MANAGE, VIEW } from './routes';

const storage = { type: StorageUsageDto, key: 'storage_usage' };

@ApiTags(ACC)
@Controller(ACC)
export class StorageController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ACC, call: 'storage/usage/record', kind: 'write', summary: 'Record a storage measurement (bytes, objects) of one storage kind (UC-ACC-003).', permissions: MANAGE, request: StorageRecordRequest, response: storage })
  async record(@Body() body: StorageRecordRequest, @Ctx() ctx: RequestContext) {
    const org_guid = ctx.org_guid;
    const id = await this.commands.execute<AccountingWriteCommand, string>(new AccountingWriteCommand(ctx, body, (t) => {
      const storage_usage_id = t.next('stu');
      const measured_at = (body.measured_at ? new Date(body.measured_at) : t.now).toISOString();
      const command = { kind: 'record-storage' as const, storage_usage_id, org_guid, storage_kind: body.storage_kind, bytes: body.bytes, object_count: body.object_count ?? null, cccode: body.cccode ?? ctx.cccode ?? null, measured_at };
      return { id: storage_usage_id, stream: storageStream(org_guid, storage_usage_id), decider: usageDecider, command };
    }));
    return this.one(ctx, id);
  }

  @Endpoint({ service: ACC, call: 'storage/usage/get', kind: 'read', summary: 'Get a storage measurement.', permissions: VIEW, request: StorageGetRequest, response: storage, errors: [['not-found', 'storage-usage-not-found']] })
  get(@Body() body: StorageGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.storage_usage_id);
  }

  @Endpoint({ service: ACC, call: 'storage/usage/list', kind: 'read', summary: 'Storage measurements, newest first; filter by storage kind.', permissions: VIEW, request: StorageListRequest, response: { type: StorageUsageDto, list: true } })
  list(@Body() body: StorageListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_STORAGE, ctx.org_guid, { storage_kind: body.storage_kind }, body, [{ field: 'measured_at', direction: 'desc' }]);
  }

  @Endpoint({ service: ACC, call: 'storage/usage/reconcile', kind: 'write', summary: 'Measure the org\'s storage from the log (events, exports) and compare with the latest recorded figures; the result is recorded.', permissions: MANAGE, request: StorageReconcileRequest, response: { type: ReconciliationDto, key: 'reconciliation' } })
  async reconcile(@Body() body: StorageReconcileRequest, @Ctx() ctx: RequestContext) {
    const id = await this.commands.execute<ReconcileStorageCommand, string>(new ReconcileStorageCommand(ctx, body));
    return { reconciliation: await getRecord(this.queries, ACC_RECONCILIATIONS, ctx.org_guid, id, 'reconciliation-not-found') };
  }

  private async one(ctx: RequestContext, id: string) {
    return { storage_usage: await getRecord(this.queries, ACC_STORAGE, ctx.org_guid, id, 'storage-usage-not-found') };
  }
}
