import { Global, Module } from '@nestjs/common';
import { IDENTITY_DIRECTORY } from '@g3n/platform';
import { UsmIdentityDirectory } from './usm-identity.directory';

/**
 * Global so the platform guard can inject IDENTITY_DIRECTORY. It holds no controllers on purpose: Swagger's deep
 * route scan follows global modules into every service's document, so USM's routes must not live in a global module.
 */
@Global()
@Module({
  providers: [{ provide: IDENTITY_DIRECTORY, useClass: UsmIdentityDirectory }],
  exports: [IDENTITY_DIRECTORY],
})
export class UsmIdentityModule {}
