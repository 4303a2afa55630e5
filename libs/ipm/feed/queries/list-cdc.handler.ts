import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { CDC_DEFAULT_LIMIT, CdcListRequest } from '../api/dto/cdc.dto';
import { assertKnownService } from '../catalog/event-catalog';
import { CdcItem, readCdcPage } from '../cdc/cdc-feed';
import { CdcCursorKeys } from '../cdc/cursor-key';

export class ListCdcQuery {
  constructor(readonly orgGuid: string, readonly request: CdcListRequest) {}
}

export interface CdcList {
  items: CdcItem[];
  next_cursor: string;
  /** The same value as next_cursor, for clients of the generic list contract. */
  next_token: string;
  /** False when the page reached the current end of the org's log: poll again later with next_cursor. */
  has_more: boolean;
}

/** UC-IPM-002: the org's changes after a cursor, straight from the log. */
@QueryHandler(ListCdcQuery)
export class ListCdcHandler implements IQueryHandler<ListCdcQuery, CdcList> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly keys: CdcCursorKeys) {}

  async execute({ orgGuid, request: r }: ListCdcQuery): Promise<CdcList> {
    if (r.cursor && r.next_token && r.cursor !== r.next_token) {
      throw validationError('invalid-cursor', 'cursor and next_token disagree; send one.', { fields: [{ field: 'next_token', reason: 'differs from cursor' }] });
    }
    assertKnownService(this.runtime.registry, r.service);
    const codec = await this.keys.get();
    const token = r.cursor ?? r.next_token;
    const after = token ? codec.decode(token, orgGuid) : 0;
    const page = await readCdcPage(this.runtime, {
      org_guid: orgGuid, after, limit: r.limit ?? CDC_DEFAULT_LIMIT, service: r.service, action_prefix: r.action_prefix,
    });
    const next = codec.encode(orgGuid, page.next);
    return { items: page.items, next_cursor: next, next_token: next, has_more: !page.at_end };
  }
}
