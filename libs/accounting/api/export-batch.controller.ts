import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ACC_BATCHES } from '../../../projections/accounting/exports.projection';
import { batchDecider } from '../batch/batch.decide';
import { AccountingWriteCommand } from '../commands/accounting-write.handler';
import { CreateBatchCommand } from '../commands/create-batch.handler';
import { RepairBatchCommand } from '../commands/repair-batch.handler';
import { batchStream } from '../shared/streams';
import { BatchCreateRequest, BatchDto, BatchGetRequest, BatchListRequest, BatchRepairRequest, BatchStatusSetRequest } from './dto/export.dto';
import { CREATE_ERRORS } from './export.controller';
import { getRecord, listRecords } from './reads';
import { ACC, MANAGE, VIEW } from './routes';

const MISSING = 'batch-not-found';
const batch = { type: BatchDto, key: 'batch' };

@ApiTags(ACC)
@Controller(ACC)
export class ExportBatchController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ACC, call: 'export/batch/create', kind: 'write', summary: 'Create a batch: one export per hourly/daily window over [from, to), each run in turn (UC-ACC-002).', permissions: MANAGE, request: BatchCreateRequest, response: batch, errors: [...CREATE_ERRORS, ['validation-error', 'too-many-windows']] })
  async create(@Body() body: BatchCreateRequest, @Ctx() ctx: RequestContext) {
    const batch_id = await this.commands.execute<CreateBatchCommand, string>(new CreateBatchCommand(ctx, body));
    return this.one(ctx, batch_id);
  }

  @Endpoint({ service: ACC, call: 'export/batch/repair', kind: 'write', summary: 'Run the batch\'s failed exports again; answers the batch and the export ids repaired.', permissions: MANAGE, request: BatchRepairRequest, response: { ...batch, extra: { repaired_export_ids: { type: 'array', items: { type: 'string' } } } }, errors: [['not-found', MISSING], ['invalid-state', 'batch-not-open']] })
  async repair(@Body() body: BatchRepairRequest, @Ctx() ctx: RequestContext) {
    await this.one(ctx, body.batch_id);
    const repaired = await this.commands.execute<RepairBatchCommand, string[]>(new RepairBatchCommand(ctx, body));
    return { ...(await this.one(ctx, body.batch_id)), repaired_export_ids: repaired };
  }

  @Endpoint({ service: ACC, call: 'export/batch/get', kind: 'read', summary: 'Get a batch with each window\'s export status.', permissions: VIEW, request: BatchGetRequest, response: batch, errors: [['not-found', MISSING]] })
  get(@Body() body: BatchGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.batch_id);
  }

  @Endpoint({ service: ACC, call: 'export/batch/list', kind: 'read', summary: 'Batches of the org, newest first.', permissions: VIEW, request: BatchListRequest, response: { type: BatchDto, list: true } })
  list(@Body() body: BatchListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_BATCHES, ctx.org_guid, { status: body.status }, body);
  }

  @Endpoint({ service: ACC, call: 'export/batch/status/set', kind: 'write', summary: 'Move a batch: open ⇄ held; open|held → closed | cancelled.', permissions: MANAGE, revision: true, request: BatchStatusSetRequest, response: batch, errors: [['not-found', MISSING], ['invalid-state', 'invalid-transition']] })
  async setStatus(@Body() body: BatchStatusSetRequest, @Ctx() ctx: RequestContext) {
    await this.one(ctx, body.batch_id);
    await this.commands.execute(new AccountingWriteCommand(ctx, body, () => ({
      id: body.batch_id, stream: batchStream(ctx.org_guid, body.batch_id), decider: batchDecider, command: { kind: 'set-status', status: body.status }, expectedRevision: body.expected_revision,
    })));
    return this.one(ctx, body.batch_id);
  }

  private async one(ctx: RequestContext, batch_id: string) {
    return { batch: await getRecord(this.queries, ACC_BATCHES, ctx.org_guid, batch_id, MISSING) };
  }
}
