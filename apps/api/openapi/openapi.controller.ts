import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** The generated documents, filled by createApiApp once the routes are known. */
export const openApiYaml = new Map<string, string>();

/** `GET /<service>/openapi.yaml`: the service's OpenAPI document (the same bytes as openapi/<service>.yaml). */
@ApiExcludeController()
@Controller()
export class OpenApiController {
  @Get(':service/openapi.yaml')
  @Header('content-type', 'application/yaml; charset=utf-8')
  document(@Param('service') service: string): string {
    const yaml = openApiYaml.get(service);
    if (!yaml) throw new NotFoundException();
    return yaml;
  }
}
