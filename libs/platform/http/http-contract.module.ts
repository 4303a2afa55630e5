import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { Runtime } from '../runtime/runtime';
import { RUNTIME } from '../runtime/runtime.token';
import { AuthGuard, THROTTLE } from './auth.guard';
import { EnvelopeExceptionFilter } from './envelope.filter';
import { IdempotencyStore } from './idempotency';
import { Throttle } from './throttle';
import { ContractValidationPipe } from './validation.pipe';
import { Writes } from './writes';

/**
 * The contract every service shares, registered once: envelope, error mapping, validation, auth and tenancy,
 * throttling, idempotency, and the Writes helper. @Endpoint routes run them through their direct dispatch
 * (installDirectRoutes), idempotency inside the envelope, so a replay returns the same data in a fresh envelope.
 */
@Global()
@Module({})
export class HttpContractModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: HttpContractModule,
      providers: [
        { provide: RUNTIME, useValue: runtime },
        { provide: THROTTLE, useValue: new Throttle(runtime.config.throttle.rate, runtime.config.throttle.burst) },
        { provide: IdempotencyStore, useValue: new IdempotencyStore(runtime.store) },
        Writes,
        // The guard and the pipe: the direct dispatch of @Endpoint routes (direct-routes.ts) calls them.
        AuthGuard,
        ContractValidationPipe,
        { provide: APP_FILTER, useClass: EnvelopeExceptionFilter },
        { provide: APP_PIPE, useExisting: ContractValidationPipe },
      ],
      exports: [RUNTIME, Writes, THROTTLE],
    };
  }
}
