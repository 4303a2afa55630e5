import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { SessionDoc, USM_SESSIONS } from '../../../projections/usm/sessions.projection';
import type { Session } from '../api/dto/session.dto';
import { sessionView } from './session-view';

export class GetSessionQuery {
  constructor(readonly sessionGuid: string) {}
}

@QueryHandler(GetSessionQuery)
export class GetSessionHandler implements IQueryHandler<GetSessionQuery, Session> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ sessionGuid }: GetSessionQuery): Promise<Session> {
    const doc = await this.runtime.readModels.collection<SessionDoc>(USM_SESSIONS).get(sessionGuid);
    if (!doc) throw notFound('session-not-found', 'No such session.');
    return sessionView(this.runtime, doc, this.runtime.clock.now());
  }
}
