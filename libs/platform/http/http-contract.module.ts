import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import type { Runtime } from '../runtime/runtime';
import { RUNTIME } from '../runtime/runtime.token';
import { AuthGuard, THROTTLE } from './auth.guard';
import { EnvelopeExceptionFilter } from './envelope.filter';
import { EnvelopeInterceptor } from './envelope.interceptor';
import { IdempotencyStore } from './idempotency';
import { Throttle } from './throttle';
import { ContractValidationPipe } from './validation.pipe';
import { Writes } from './writes';

/**
 * The contract every service shares, registered once: envelope, error mapping, validation, auth and tenancy,
 * throttling, idempotency, and the Writes helper. One interceptor applies idempotency inside the envelope, so a replay
 * returns the same data in a fresh envelope. @Endpoint routes are dispatched directly by the same code (installDirectRoutes).
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
        // The guard and the pipe are providers of their own too: the direct routes (direct-routes.ts) call the same instances.
        AuthGuard,
        ContractValidationPipe,
        { provide: APP_FILTER, useClass: EnvelopeExceptionFilter },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_PIPE, useExisting: ContractValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: EnvelopeInterceptor },
      ],
      exports: [RUNTIME, Writes, THROTTLE],
    };
  }
}
