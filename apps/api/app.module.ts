import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HttpContractModule, Runtime } from '@g3n/platform';
import { serviceModules } from '@g3n/system';
import { OpenApiController } from './openapi/openapi.controller';
import { RootController } from './root.controller';

/** The API's root module: the shared HTTP contract, then one module per service (libs/system lists them). */
@Module({})
export class AppModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [HttpContractModule.forRuntime(runtime), CqrsModule.forRoot(), ...serviceModules.map((s) => s.module)],
      controllers: [RootController, OpenApiController],
    };
  }
}
