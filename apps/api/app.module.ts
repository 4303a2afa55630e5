import { DynamicModule, Module } from '@nestjs/common';
import type { Runtime } from '@g3n/platform';
import { RootController } from './root.controller';
import { RUNTIME } from './runtime.token';

/** The API's root module: the runtime as a global provider, and each service's module as they land. */
@Module({})
export class AppModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      controllers: [RootController],
      providers: [{ provide: RUNTIME, useValue: runtime }],
      exports: [RUNTIME],
    };
  }
}
