import { Body, Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, RUNTIME, Runtime } from '@g3n/platform';
import { assertKnownService, eventCatalog, exportContracts, pageByKey } from '../catalog/event-catalog';
import { IPM, VIEW } from '../feed-routes';
import { EventCatalogEntry, EventCatalogListRequest, ExportContract, ExportContractListRequest } from './dto/catalog.dto';

/** The event catalog and export contracts, generated from the registered event definitions on every call. */
@ApiTags(IPM)
@Controller(IPM)
export class CatalogController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint({
    service: IPM, call: 'event/catalog/list', kind: 'read', permissions: VIEW,
    summary: 'Every event type the system writes: service, action, schema version, JSON schema of data, stream partitioning.',
    request: EventCatalogListRequest, response: { type: EventCatalogEntry, list: true },
    errors: [['validation-error', 'unknown-service'], ['validation-error', 'invalid-next-token']],
  })
  catalog(@Body() body: EventCatalogListRequest) {
    assertKnownService(this.runtime.registry, body.service);
    const entries = eventCatalog(this.runtime.registry).filter((e) =>
      (!body.service || e.service === body.service) && (!body.action_prefix || e.action.startsWith(body.action_prefix)));
    return pageByKey(entries, (e) => e.type, body.limit ?? 50, body.next_token);
  }

  @Endpoint({
    service: IPM, call: 'export/contract/list', kind: 'read', permissions: VIEW,
    summary: 'Per service: how its events are exported (feed, ndjson, partitioning, line schema, actions with their data schemas).',
    request: ExportContractListRequest,
    response: { type: ExportContract, key: 'contracts', extra: { next_token: { type: 'string', nullable: true } } },
    errors: [['validation-error', 'unknown-service'], ['validation-error', 'invalid-next-token']],
  })
  contracts(@Body() body: ExportContractListRequest) {
    assertKnownService(this.runtime.registry, body.service);
    const all = exportContracts(this.runtime.registry, this.runtime.config.publicUrl).filter((c) => !body.service || c.service === body.service);
    const page = pageByKey(all, (c) => c.service, body.limit ?? 50, body.next_token);
    return { contracts: page.items, next_token: page.next_token };
  }
}
