import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RUNTIME, Runtime } from '@g3n/platform';
import { SessionDoc, USM_SESSIONS, USM_USER_SESSIONS, UserSessionsDoc } from '../../../projections/usm/sessions.projection';
import type { Session } from '../api/dto/session.dto';
import { sessionView } from './session-view';

export class ListSessionsQuery {
  constructor(readonly userGuid: string, readonly limit = 50, readonly nextToken?: string, readonly status?: string) {}
}

/**
 * The caller's own sessions, newest first. `status` filters on the effective status; the stored status is what
 * the index narrows on (expired and marker-revoked sessions are still stored as active).
 */
@QueryHandler(ListSessionsQuery)
export class ListSessionsHandler implements IQueryHandler<ListSessionsQuery, { items: Session[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListSessionsQuery) {
    const stored = q.status === 'expired' ? 'active' : q.status;
    const page = await this.runtime.readModels.collection<SessionDoc>(USM_SESSIONS).find(
      { user_guid: q.userGuid, ...(stored ? { status: stored } : {}) },
      { sort: [{ field: 'created_at', direction: 'desc' }, { field: '_id', direction: 'desc' }], limit: q.limit, cursor: q.nextToken },
    );
    const user = await this.runtime.readModels.collection<UserSessionsDoc>(USM_USER_SESSIONS).get(q.userGuid);
    const now = this.runtime.clock.now();
    const items = await Promise.all(page.items.map((doc) => sessionView(this.runtime, doc, now, user)));
    return { items: q.status ? items.filter((s) => s.status === q.status) : items, next_token: page.next_cursor ?? null };
  }
}
