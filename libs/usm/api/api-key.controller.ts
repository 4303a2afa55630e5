import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { CreateApiKeyCommand } from '../commands/create-api-key.handler';
import { RevokeApiKeyCommand } from '../commands/revoke-api-key.handler';
import { RevokeApiKeysBulkCommand } from '../commands/revoke-api-keys-bulk.handler';
import { SetApiKeyPolicyCommand } from '../commands/set-api-key-policy.handler';
import { ListApiKeysQuery } from '../queries/list-api-keys.handler';
import { ValidateApiKeyQuery } from '../queries/validate-api-key.handler';
import {
  ApiKey, ApiKeyBinding, ApiKeyCreateRequest, ApiKeyListRequest, ApiKeyPolicySetRequest, ApiKeyRevokeAllOrgRequest, ApiKeyRevokeAllRequest,
  ApiKeyRevokeRequest, ApiKeyValidateRequest, OrgKeysRevoked,
} from './dto/api-key.dto';

const ownerWrite = { service: 'usm', kind: 'write', ownerOnly: true } as const;
const notFoundKey: ['not-found', string] = ['not-found', 'api-key-not-found'];

@Controller('usm')
@ApiTags('usm')
export class ApiKeyController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    ...ownerWrite, call: 'api_key/create', summary: 'Issues an API key for a service account; the key is in data.api_key, shown once.',
    request: ApiKeyCreateRequest, response: { type: ApiKey, key: 'api_key_record', extra: { api_key: { type: 'string', example: 'g3n_…' } } },
    errors: [['validation-error', 'role-profile-invalid'], ['invalid-state', 'service-account-disabled'], ['not-found', 'service-account-not-found']],
  })
  create(@Body() dto: ApiKeyCreateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new CreateApiKeyCommand(ctx, dto));
  }

  @Endpoint({ service: 'usm', call: 'api_key/list', kind: 'read', summary: 'The org\'s API keys (never the key itself).', request: ApiKeyListRequest, response: { type: ApiKey, list: true } })
  list(@Body() dto: ApiKeyListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListApiKeysQuery(ctx.org_guid, dto.limit ?? 50, dto.next_token, dto.service_account_id, dto.status));
  }

  @Endpoint({
    ...ownerWrite, call: 'api_key/policy_set', revision: true, summary: 'Replaces the role profiles an API key grants.',
    request: ApiKeyPolicySetRequest, response: { type: ApiKey, key: 'api_key_record' },
    errors: [['validation-error', 'role-profile-invalid'], ['invalid-state', 'api-key-revoked'], notFoundKey],
  })
  async policySet(@Body() dto: ApiKeyPolicySetRequest, @Ctx() ctx: RequestContext) {
    return { api_key_record: await this.commands.execute(new SetApiKeyPolicyCommand(ctx, dto)) };
  }

  @Endpoint({
    ...ownerWrite, call: 'api_key/revoke', revision: true, summary: 'Revokes one API key.',
    request: ApiKeyRevokeRequest, response: { type: ApiKey, key: 'api_key_record' }, errors: [['invalid-state', 'api-key-revoked'], notFoundKey],
  })
  async revoke(@Body() dto: ApiKeyRevokeRequest, @Ctx() ctx: RequestContext) {
    return { api_key_record: await this.commands.execute(new RevokeApiKeyCommand(ctx, dto)) };
  }

  @Endpoint({
    ...ownerWrite, call: 'api_key/revoke_all', summary: 'Revokes every key of one service account issued so far (one event).',
    request: ApiKeyRevokeAllRequest, response: { type: OrgKeysRevoked, key: 'revocation' }, errors: [['not-found', 'service-account-not-found']],
  })
  async revokeAll(@Body() dto: ApiKeyRevokeAllRequest, @Ctx() ctx: RequestContext) {
    return { revocation: await this.commands.execute(new RevokeApiKeysBulkCommand(ctx, dto.service_account_id, dto.reason)) };
  }

  @Endpoint({
    ...ownerWrite, call: 'api_key/revoke_all_org', summary: 'Revokes every key of the org issued so far, fail-closed (one marker event).',
    request: ApiKeyRevokeAllOrgRequest, response: { type: OrgKeysRevoked, key: 'revocation' },
  })
  async revokeAllOrg(@Body() dto: ApiKeyRevokeAllOrgRequest, @Ctx() ctx: RequestContext) {
    return { revocation: await this.commands.execute(new RevokeApiKeysBulkCommand(ctx, null, dto.reason)) };
  }

  @Endpoint({
    service: 'usm', call: 'api_key/validate', kind: 'read', auth: 'none', tenant: 'none', bodyAuth: true,
    summary: 'Checks an API key (body api_key): its org binding and role profiles, or 401 api-key-invalid.',
    request: ApiKeyValidateRequest, response: { type: ApiKeyBinding, key: 'binding' }, errors: [['unauthorized', 'api-key-invalid']],
  })
  async validate(@Body() dto: ApiKeyValidateRequest) {
    // The guard has already refused an invalid key in the body (401 api-key-invalid); this answers the binding.
    return { binding: await this.queries.execute(new ValidateApiKeyQuery(dto.api_key)) };
  }
}
