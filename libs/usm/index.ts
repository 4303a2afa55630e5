// USM owns sessions, service accounts and API keys, and answers the platform's "who is calling" question.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { ApiKeyController } from './api/api-key.controller';
import { ServiceAccountController } from './api/service-account.controller';
import { SessionController } from './api/session.controller';
import { apiKeyEvents } from './api-key/api-key.events';
import { CreateApiKeyHandler } from './commands/create-api-key.handler';
import { CreateServiceAccountHandler } from './commands/create-service-account.handler';
import { RevokeApiKeyHandler } from './commands/revoke-api-key.handler';
import { RevokeApiKeysBulkHandler } from './commands/revoke-api-keys-bulk.handler';
import { SetApiKeyPolicyHandler } from './commands/set-api-key-policy.handler';
import { SetServiceAccountStatusHandler } from './commands/set-service-account-status.handler';
import { ListApiKeysHandler } from './queries/list-api-keys.handler';
import { ListServiceAccountsHandler } from './queries/list-service-accounts.handler';
import { ValidateApiKeyHandler } from './queries/validate-api-key.handler';
import { serviceAccountEvents } from './service-account/service-account.events';
import { CloseSessionHandler } from './commands/close-session.handler';
import { CreateSessionHandler } from './commands/create-session.handler';
import { RevokeSessionsHandler } from './commands/revoke-sessions.handler';
import { UsmIdentityModule } from './directory/usm-identity.module';
import { GetSessionHandler } from './queries/get-session.handler';
import { ListSessionsHandler } from './queries/list-sessions.handler';
import { sessionEvents } from './session/session.events';

/** Imports the global UsmIdentityModule, which gives the platform guard its IDENTITY_DIRECTORY. */
@Module({
  imports: [UsmIdentityModule],
  controllers: [SessionController, ServiceAccountController, ApiKeyController],
  providers: [
    CreateSessionHandler, CloseSessionHandler, RevokeSessionsHandler,
    GetSessionHandler, ListSessionsHandler,
    CreateServiceAccountHandler, SetServiceAccountStatusHandler, ListServiceAccountsHandler,
    CreateApiKeyHandler, SetApiKeyPolicyHandler, RevokeApiKeyHandler, RevokeApiKeysBulkHandler, ListApiKeysHandler, ValidateApiKeyHandler,
  ],
})
export class UsmModule {}

export const usmEvents: EventDefinition[] = [...sessionEvents, ...serviceAccountEvents, ...apiKeyEvents];

export { UsmIdentityDirectory } from './directory/usm-identity.directory';
