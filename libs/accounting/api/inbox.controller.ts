import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ACC_INBOX } from '../../../projections/accounting/audit.projection';
import { AccountingWriteCommand } from '../commands/accounting-write.handler';
import { inboxDecider } from '../inbox/inbox.decide';
import { inboxStream } from '../shared/streams';
import { InboxCreateRequest, InboxGetRequest, InboxItemDto, InboxListRequest, InboxStateRequest, InboxStatusRequest } from './dto/audit.dto';
import { getRecord, listRecords } from './reads';
import { ACC, MANAGE, VIEW } from './routes';

const MISSING = 'inbox-item-not-found';
const item = { type: InboxItemDto, key: 'item' };

@ApiTags(ACC)
@Controller(ACC)
export class InboxController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ACC, call: 'inbox/create', kind: 'write', summary: 'Put an accounting task in the inbox (failed exports land here by themselves).', permissions: MANAGE, request: InboxCreateRequest, response: item })
  async create(@Body() body: InboxCreateRequest, @Ctx() ctx: RequestContext) {
    const org_guid = ctx.org_guid;
    const id = await this.commands.execute<AccountingWriteCommand, string>(new AccountingWriteCommand(ctx, body, (t) => {
      const inbox_id = t.next('inb');
      const command = {
        kind: 'create', inbox_id, org_guid, title: body.title, body: body.body ?? null, subject_kind: body.subject_kind ?? null, subject_id: body.subject_id ?? null,
        priority: body.priority ?? 'normal', assignee_user_guid: body.assignee_user_guid ?? null, due_at: body.due_at ? new Date(body.due_at).toISOString() : null,
      };
      return { id: inbox_id, stream: inboxStream(org_guid, inbox_id), decider: inboxDecider, command };
    }));
    return this.one(ctx, id);
  }

  @Endpoint({ service: ACC, call: 'inbox/get', kind: 'read', summary: 'Get an inbox item.', permissions: VIEW, request: InboxGetRequest, response: item, errors: [['not-found', MISSING]] })
  get(@Body() body: InboxGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.inbox_id);
  }

  @Endpoint({ service: ACC, call: 'inbox/list', kind: 'read', summary: 'Inbox items, newest first; filter by workflow status or reading state.', permissions: VIEW, request: InboxListRequest, response: { type: InboxItemDto, list: true } })
  list(@Body() body: InboxListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_INBOX, ctx.org_guid, { status: body.status, state: body.state }, body);
  }

  @Endpoint({ service: ACC, call: 'inbox/status', kind: 'write', summary: 'Move the task: open → in_progress → done; dismiss; reopen.', permissions: MANAGE, revision: true, request: InboxStatusRequest, response: item, errors: [['not-found', MISSING], ['invalid-state', 'invalid-transition']] })
  status(@Body() body: InboxStatusRequest, @Ctx() ctx: RequestContext) {
    return this.write(ctx, body, { kind: 'set-status', status: body.status });
  }

  @Endpoint({ service: ACC, call: 'inbox/state', kind: 'write', summary: 'Mark the item unread, read or archived.', permissions: MANAGE, revision: true, request: InboxStateRequest, response: item, errors: [['not-found', MISSING]] })
  state(@Body() body: InboxStateRequest, @Ctx() ctx: RequestContext) {
    return this.write(ctx, body, { kind: 'set-state', state: body.state });
  }

  private async write(ctx: RequestContext, body: InboxGetRequest & { expected_revision: number }, command: unknown) {
    await this.one(ctx, body.inbox_id);
    await this.commands.execute(new AccountingWriteCommand(ctx, body, () => ({ id: body.inbox_id, stream: inboxStream(ctx.org_guid, body.inbox_id), decider: inboxDecider, command, expectedRevision: body.expected_revision })));
    return this.one(ctx, body.inbox_id);
  }

  private async one(ctx: RequestContext, id: string) {
    return { item: await getRecord(this.queries, ACC_INBOX, ctx.org_guid, id, MISSING) };
  }
}
