import { Body, Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CdcList, ListCdcQuery } from '../queries/list-cdc.handler';
import { IPM, VIEW } from '../feed-routes';
import { CdcEvent, CdcListRequest } from './dto/cdc.dto';

/** The CDC cursor feed: the org's events in log order, at least once, resumable from an opaque cursor. */
@ApiTags(IPM)
@Controller(IPM)
export class CdcController {
  constructor(private readonly queries: QueryBus) {}

  @Endpoint({
    service: IPM, call: 'cdc/list', kind: 'read', permissions: VIEW,
    summary: 'The org\'s events after a cursor, in log order (at-least-once: dedupe on event_id). Always answers next_cursor; has_more false means the end for now.',
    request: CdcListRequest,
    response: { type: CdcEvent, list: true, extra: { next_cursor: { type: 'string' }, has_more: { type: 'boolean' } } },
    errors: [['validation-error', 'invalid-cursor'], ['validation-error', 'unknown-service']],
  })
  list(@Body() body: CdcListRequest, @Ctx() ctx: RequestContext): Promise<CdcList> {
    return this.queries.execute(new ListCdcQuery(ctx.org_guid, body));
  }
}
