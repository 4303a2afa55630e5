import { Body, Controller, Inject } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext, RUNTIME, Runtime } from '@g3n/platform';
import { ACC_EXPORTS } from '../../../projections/accounting/exports.projection';
import { CreateExportCommand } from '../commands/create-export.handler';
import { ExportCreateRequest, ExportDto, ExportGetRequest, ExportListRequest } from './dto/export.dto';
import { getRecord, listRecords } from './reads';
import { ACC, ErrorTags, MANAGE, VIEW } from './routes';

const MISSING = 'export-not-found';
const exportOne = { type: ExportDto, key: 'export' };
/** Presigned download links live 15 minutes; ask /export/get again for fresh ones. */
const DOWNLOAD_TTL_S = 900;
export const CREATE_ERRORS: ErrorTags = [['validation-error', 'no-event-types'], ['validation-error', 'empty-window']];

@ApiTags(ACC)
@Controller(ACC)
export class ExportController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus, @Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint({ service: ACC, call: 'export/create', kind: 'write', summary: 'Export the org\'s events (financial_events or events) over a time window to NDJSON, CSV and a manifest (walkthrough 9).', permissions: MANAGE, request: ExportCreateRequest, response: exportOne, errors: CREATE_ERRORS })
  async create(@Body() body: ExportCreateRequest, @Ctx() ctx: RequestContext) {
    const export_id = await this.commands.execute<CreateExportCommand, string>(new CreateExportCommand(ctx, body));
    return this.one(ctx, export_id);
  }

  @Endpoint({ service: ACC, call: 'export/get', kind: 'read', summary: 'Get an export: status, counts, checksums and, once completed, presigned download URLs.', permissions: VIEW, request: ExportGetRequest, response: exportOne, errors: [['not-found', MISSING]] })
  get(@Body() body: ExportGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.export_id);
  }

  @Endpoint({ service: ACC, call: 'export/list', kind: 'read', summary: 'Exports of the org, newest first; filter by status or batch.', permissions: VIEW, request: ExportListRequest, response: { type: ExportDto, list: true } })
  list(@Body() body: ExportListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_EXPORTS, ctx.org_guid, { status: body.status, batch_id: body.batch_id }, body);
  }

  private async one(ctx: RequestContext, export_id: string) {
    const record = await getRecord(this.queries, ACC_EXPORTS, ctx.org_guid, export_id, MISSING);
    if (record.status !== 'completed') return { export: { ...record, download_url: null, download_expires_at: null } };
    const files = await Promise.all((record.files as Array<{ key: string; name: string }>).map(async (f) => ({ ...f, ...(await this.presign(f.key)) })));
    const ndjson = files.find((f) => f.name === 'events.ndjson');
    return { export: { ...record, files, download_url: ndjson?.url ?? null, download_expires_at: ndjson?.expires_at ?? null } };
  }

  private async presign(key: string) {
    const url = await this.runtime.blobs.presignGet(key, { expiresInSeconds: DOWNLOAD_TTL_S });
    return { url: url.url, expires_at: url.expires_at };
  }
}
