import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ACC_SCHEDULES } from '../../../projections/accounting/exports.projection';
import { AccountingWriteCommand } from '../commands/accounting-write.handler';
import { CreateScheduleCommand } from '../commands/create-schedule.handler';
import { scheduleDecider } from '../schedule/schedule.decide';
import { scheduleStream } from '../shared/streams';
import { ScheduleCreateRequest, ScheduleDto, ScheduleGetRequest, ScheduleListRequest, ScheduleStatusSetRequest } from './dto/export.dto';
import { getRecord, listRecords } from './reads';
import { ACC, MANAGE, VIEW } from './routes';

const MISSING = 'schedule-not-found';
const schedule = { type: ScheduleDto, key: 'schedule' };

@ApiTags(ACC)
@Controller(ACC)
export class ExportScheduleController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ACC, call: 'export/schedule/create', kind: 'write', summary: 'Schedule an export every hour or day; the worker exports each window once it closes.', permissions: MANAGE, request: ScheduleCreateRequest, response: schedule, errors: [['validation-error', 'no-event-types']] })
  async create(@Body() body: ScheduleCreateRequest, @Ctx() ctx: RequestContext) {
    const schedule_id = await this.commands.execute<CreateScheduleCommand, string>(new CreateScheduleCommand(ctx, body));
    return this.one(ctx, schedule_id);
  }

  @Endpoint({ service: ACC, call: 'export/schedule/get', kind: 'read', summary: 'Get an export schedule: status, next window, last export.', permissions: VIEW, request: ScheduleGetRequest, response: schedule, errors: [['not-found', MISSING]] })
  get(@Body() body: ScheduleGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.schedule_id);
  }

  @Endpoint({ service: ACC, call: 'export/schedule/list', kind: 'read', summary: 'Export schedules of the org, newest first.', permissions: VIEW, request: ScheduleListRequest, response: { type: ScheduleDto, list: true } })
  list(@Body() body: ScheduleListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_SCHEDULES, ctx.org_guid, { status: body.status }, body);
  }

  @Endpoint({ service: ACC, call: 'export/schedule/status/set', kind: 'write', summary: 'Pause, resume or retire a schedule (missed windows are exported on resume).', permissions: MANAGE, revision: true, request: ScheduleStatusSetRequest, response: schedule, errors: [['not-found', MISSING], ['invalid-state', 'invalid-transition']] })
  async setStatus(@Body() body: ScheduleStatusSetRequest, @Ctx() ctx: RequestContext) {
    await this.one(ctx, body.schedule_id);
    await this.commands.execute(new AccountingWriteCommand(ctx, body, () => ({
      id: body.schedule_id, stream: scheduleStream(ctx.org_guid, body.schedule_id), decider: scheduleDecider, command: { kind: 'set-status', status: body.status }, expectedRevision: body.expected_revision,
    })));
    return this.one(ctx, body.schedule_id);
  }

  private async one(ctx: RequestContext, schedule_id: string) {
    return { schedule: await getRecord(this.queries, ACC_SCHEDULES, ctx.org_guid, schedule_id, MISSING) };
  }
}
