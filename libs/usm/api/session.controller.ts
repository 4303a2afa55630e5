import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CloseSessionCommand } from '../commands/close-session.handler';
import { CreateSessionCommand } from '../commands/create-session.handler';
import { RevokeSessionsCommand } from '../commands/revoke-sessions.handler';
import { GetSessionQuery } from '../queries/get-session.handler';
import { ListSessionsQuery } from '../queries/list-sessions.handler';
import { Session, SessionCreateRequest, SessionListRequest, SessionRequest, SessionsRevokedResult } from './dto/session.dto';

const sessionRoute = { service: 'usm', tenant: 'none', bodyAuth: true, principals: 'user' } as const;
const own = (ctx: RequestContext) => ctx.principal as { user_guid: string; session_guid: string };

/** Session routes take body auth (session_guid in the body) as well as x-session-guid; both name the caller's session. */
@Controller('usm')
@ApiTags('usm')
export class SessionController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: 'usm', call: 'session/create', kind: 'write', auth: 'none', tenant: 'none',
    summary: 'Sign in with email and passcode: opens a session.',
    request: SessionCreateRequest, response: { type: Session, key: 'session' },
    errors: [['unauthorized', 'invalid-passcode'], ['forbidden', 'user-not-verified']],
  })
  async create(@Body() dto: SessionCreateRequest, @Ctx() ctx: RequestContext) {
    return { session: await this.commands.execute(new CreateSessionCommand(ctx, dto)) };
  }

  @Endpoint({
    ...sessionRoute, call: 'session/validate', kind: 'read', summary: 'Checks the session: 401 session-invalid or session-expired when it is not usable.',
    request: SessionRequest, response: { type: Session, key: 'session' },
    errors: [['unauthorized', 'session-invalid'], ['unauthorized', 'session-expired']],
  })
  async validate(@Body() _dto: SessionRequest, @Ctx() ctx: RequestContext) {
    // The guard already refused closed, revoked and expired sessions; reaching here means valid.
    return { session: await this.queries.execute(new GetSessionQuery(own(ctx).session_guid)), valid: true };
  }

  @Endpoint({ ...sessionRoute, call: 'session/get', kind: 'read', summary: 'The caller\'s session.', request: SessionRequest, response: { type: Session, key: 'session' } })
  async get(@Body() _dto: SessionRequest, @Ctx() ctx: RequestContext) {
    return { session: await this.queries.execute(new GetSessionQuery(own(ctx).session_guid)) };
  }

  @Endpoint({
    ...sessionRoute, call: 'session/close', kind: 'write', summary: 'Signs out: closes the caller\'s session.',
    request: SessionRequest, response: { type: Session, key: 'session' }, errors: [['invalid-state', 'session-closed']],
  })
  async close(@Body() dto: SessionRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new CloseSessionCommand(ctx, own(ctx).session_guid, dto.reason));
    return { session: await this.queries.execute(new GetSessionQuery(own(ctx).session_guid)) };
  }

  @Endpoint({
    ...sessionRoute, call: 'session/list', kind: 'read', summary: 'The caller\'s own sessions, newest first.',
    request: SessionListRequest, response: { type: Session, list: true },
  })
  list(@Body() dto: SessionListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListSessionsQuery(own(ctx).user_guid, dto.limit ?? 50, dto.next_token, dto.status));
  }

  @Endpoint({
    ...sessionRoute, call: 'session/logout_other_devices', kind: 'write', summary: 'Revokes every other session of the caller (one event).',
    request: SessionRequest, response: { type: SessionsRevokedResult, key: 'revocation' },
  })
  async logoutOtherDevices(@Body() dto: SessionRequest, @Ctx() ctx: RequestContext) {
    return { revocation: await this.commands.execute(new RevokeSessionsCommand(ctx, 'others', dto.reason)) };
  }

  @Endpoint({
    ...sessionRoute, call: 'session/logout_everywhere', kind: 'write', summary: 'Revokes every session of the caller, this one included (one event).',
    request: SessionRequest, response: { type: SessionsRevokedResult, key: 'revocation' },
  })
  async logoutEverywhere(@Body() dto: SessionRequest, @Ctx() ctx: RequestContext) {
    return { revocation: await this.commands.execute(new RevokeSessionsCommand(ctx, 'all', dto.reason)) };
  }
}
