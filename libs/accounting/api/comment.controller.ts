import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ACC_COMMENTS } from '../../../projections/accounting/audit.projection';
import { commentDecider } from '../comment/comment.decide';
import { AccountingWriteCommand } from '../commands/accounting-write.handler';
import { CommentReportQuery } from '../queries/comment-report.handler';
import { commentStream } from '../shared/streams';
import { CommentCreateRequest, CommentDto, CommentGetRequest, CommentListRequest, CommentReportDto, CommentReportRequest, CommentReviseRequest, CommentStatusRequest } from './dto/audit.dto';
import { getRecord, listRecords } from './reads';
import { ACC, MANAGE, VIEW } from './routes';

const MISSING = 'comment-not-found';
const comment = { type: CommentDto, key: 'comment' };

@ApiTags(ACC)
@Controller(ACC)
export class CommentController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ACC, call: 'comment', kind: 'write', summary: 'Write an audit comment on an accounting record (export, batch, rollup, …).', permissions: MANAGE, request: CommentCreateRequest, response: comment })
  async create(@Body() body: CommentCreateRequest, @Ctx() ctx: RequestContext) {
    const org_guid = ctx.org_guid;
    const id = await this.commands.execute<AccountingWriteCommand, string>(new AccountingWriteCommand(ctx, body, (t) => {
      const comment_id = t.next('cmt');
      return { id: comment_id, stream: commentStream(org_guid, comment_id), decider: commentDecider, command: { kind: 'create', comment_id, org_guid, subject_kind: body.subject_kind, subject_id: body.subject_id, body: body.body, author: ctx.actor } };
    }));
    return this.one(ctx, id);
  }

  @Endpoint({ service: ACC, call: 'comment/get', kind: 'read', summary: 'Get an audit comment.', permissions: VIEW, request: CommentGetRequest, response: comment, errors: [['not-found', MISSING]] })
  get(@Body() body: CommentGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.comment_id);
  }

  @Endpoint({ service: ACC, call: 'comment/list', kind: 'read', summary: 'Audit comments, newest first; filter by subject or status.', permissions: VIEW, request: CommentListRequest, response: { type: CommentDto, list: true } })
  list(@Body() body: CommentListRequest, @Ctx() ctx: RequestContext) {
    return listRecords(this.queries, ACC_COMMENTS, ctx.org_guid, { subject_kind: body.subject_kind, subject_id: body.subject_id, status: body.status }, body);
  }

  @Endpoint({ service: ACC, call: 'comment/revise', kind: 'write', summary: 'Revise the text of an open comment.', permissions: MANAGE, revision: true, request: CommentReviseRequest, response: comment, errors: [['not-found', MISSING], ['invalid-state', 'comment-not-open']] })
  async revise(@Body() body: CommentReviseRequest, @Ctx() ctx: RequestContext) {
    return this.write(ctx, body, { kind: 'revise', body: body.body });
  }

  @Endpoint({ service: ACC, call: 'comment/status', kind: 'write', summary: 'Resolve, hide or reopen a comment.', permissions: MANAGE, revision: true, request: CommentStatusRequest, response: comment, errors: [['not-found', MISSING], ['invalid-state', 'invalid-transition']] })
  async status(@Body() body: CommentStatusRequest, @Ctx() ctx: RequestContext) {
    return this.write(ctx, body, { kind: 'set-status', status: body.status });
  }

  @Endpoint({ service: ACC, call: 'comment/report', kind: 'read', summary: 'Comment counts by status and subject kind, and subjects with open comments.', permissions: VIEW, request: CommentReportRequest, response: { type: CommentReportDto, key: 'report' } })
  report(@Body() body: CommentReportRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new CommentReportQuery(ctx.org_guid, body));
  }

  private async write(ctx: RequestContext, body: CommentGetRequest & { expected_revision: number }, command: unknown) {
    await this.one(ctx, body.comment_id);
    await this.commands.execute(new AccountingWriteCommand(ctx, body, () => ({ id: body.comment_id, stream: commentStream(ctx.org_guid, body.comment_id), decider: commentDecider, command, expectedRevision: body.expected_revision })));
    return this.one(ctx, body.comment_id);
  }

  private async one(ctx: RequestContext, id: string) {
    return { comment: await getRecord(this.queries, ACC_COMMENTS, ctx.org_guid, id, MISSING) };
  }
}
