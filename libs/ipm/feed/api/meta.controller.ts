import { Body, Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { notFound } from '@g3n/es';
import { Endpoint, RUNTIME, Runtime } from '@g3n/platform';
import { ApiSchemaIndex } from '../catalog/api-schemas';
import { eventCatalog } from '../catalog/event-catalog';
import { lifecycles } from '../catalog/lifecycle';
import { PAGINATION_CONTRACT } from '../catalog/pagination';
import { eventSpecimen, specimenFromClass } from '../catalog/specimen';
import { IPM, VIEW } from '../feed-routes';
import {
  IpmStat, IpmStatRequest, LifecycleEntry, LifecycleListRequest, PaginationGetRequest, Specimen, SpecimenGetRequest,
} from './dto/meta.dto';

/** Self-description for integrators: status vocabularies, specimens, the pagination contract, and health. */
@ApiTags(IPM)
@Controller(IPM)
export class MetaController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly schemas: ApiSchemaIndex) {}

  @Endpoint({
    service: IPM, call: 'lifecycle/list', kind: 'read', permissions: VIEW,
    summary: 'The status vocabularies of the records the API answers (from their response schemas), with a version to cache on.',
    request: LifecycleListRequest, response: { type: LifecycleEntry, list: true, extra: { version: { type: 'string' } } },
  })
  lifecycle(@Body() body: LifecycleListRequest) {
    const { items, version } = lifecycles(this.schemas.responses());
    return { items: items.filter((i) => !body.service || i.service === body.service), next_token: null, version };
  }

  @Endpoint({
    service: IPM, call: 'specimen/get', kind: 'read', permissions: VIEW,
    summary: 'An example for an event type (as a CDC line) or an OpenAPI component schema, generated from its schema.',
    request: SpecimenGetRequest, response: { type: Specimen, key: 'specimen', extra: { schema_name: { type: 'string' }, kind: { type: 'string' } } },
    errors: [['not-found', 'schema-not-found']],
  })
  specimen(@Body() body: SpecimenGetRequest) {
    const event = eventCatalog(this.runtime.registry).find((e) => e.type === body.schema_name);
    if (event) return { schema_name: body.schema_name, kind: 'event', specimen: eventSpecimen(event) };
    const type = this.schemas.classNamed(body.schema_name);
    if (type) return { schema_name: body.schema_name, kind: 'schema', specimen: specimenFromClass(type) };
    throw notFound('schema-not-found', `No event type or schema named ${body.schema_name}.`);
  }

  @Endpoint({
    service: IPM, call: 'pagination/get', kind: 'read', permissions: VIEW,
    summary: 'The pagination contract: page sizes, tokens and cursors of lists and feeds.',
    request: PaginationGetRequest,
  })
  pagination(@Body() _body: PaginationGetRequest) {
    return { pagination: PAGINATION_CONTRACT };
  }

  @Endpoint({
    service: IPM, call: 'stat', kind: 'health', tenant: 'none',
    summary: 'Health of the integration plane (credentials required, no org).',
    request: IpmStatRequest, response: { type: IpmStat, key: 'stat' },
  })
  async stat(@Body() _body: IpmStatRequest): Promise<{ stat: IpmStat }> {
    // Touching the log proves the feed can be served; its head is not shown (it would count other tenants' events).
    await this.runtime.log.headPosition();
    return {
      stat: {
        service: IPM, status: 'ok', timestamp_utc: this.runtime.clock.now().toISOString(), eventlog: this.runtime.log.kind,
        event_types: this.runtime.registry.list().length, background: this.runtime.background.map((b) => b.name),
      },
    };
  }
}
