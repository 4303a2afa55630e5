import { Body, Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { OFM_LEGAL_FACILITIES } from '../../../../projections/ofm/legal-facilities.projection';
import { OFM_LOGICAL_FACILITIES } from '../../../../projections/ofm/logical-facilities.projection';
import { OFM_PHYSICAL_FACILITIES } from '../../../../projections/ofm/physical-facilities.projection';
import { OFM_ZONES } from '../../../../projections/ofm/zones.projection';
import { FindByCodeQuery } from '../queries/find-by-code.handler';
import { normaliseFacilityCode } from '../shared/facility-formats';
import { LegalFacilityDto } from './dto/legal-facility.dto';
import { LogicalFacilityDto } from './dto/logical-facility.dto';
import { PhysicalFacilityDto } from './dto/physical-facility.dto';
import { ResolveFacilityRequest, ResolveZoneRequest } from './dto/resolve.dto';
import { ZoneDto } from './dto/zone.dto';
import { OFM, VIEW } from './facility-routes';

const BY_KIND = {
  physical: { collection: OFM_PHYSICAL_FACILITIES, missing: 'physical-facility-not-found' },
  legal: { collection: OFM_LEGAL_FACILITIES, missing: 'legal-facility-not-found' },
  logical: { collection: OFM_LOGICAL_FACILITIES, missing: 'logical-facility-not-found' },
};

/** Codes → records: what integrators hold (facility and zone codes) turned into guids. */
@ApiTags(OFM)
@ApiExtraModels(PhysicalFacilityDto, LegalFacilityDto)
@Controller(OFM)
export class FacilityResolveController {
  constructor(private readonly queries: QueryBus) {}

  @Endpoint({
    service: OFM, call: 'resolve/facility', kind: 'read', summary: 'Find a physical, legal or logical facility by kind and code (case-insensitive); the answer carries `kind`.',
    permissions: VIEW, request: ResolveFacilityRequest, response: { type: LogicalFacilityDto, key: 'facility' },
    errors: [['not-found', 'physical-facility-not-found'], ['not-found', 'legal-facility-not-found'], ['not-found', 'logical-facility-not-found']],
  })
  async facility(@Body() body: ResolveFacilityRequest, @Ctx() ctx: RequestContext) {
    const { collection, missing } = BY_KIND[body.kind];
    const filter = { code: normaliseFacilityCode(body.code) };
    const record = await this.queries.execute<FindByCodeQuery, Record<string, unknown>>(new FindByCodeQuery(collection, ctx.org_guid, filter, missing));
    return { facility: { kind: body.kind, ...record } };
  }

  @Endpoint({ service: OFM, call: 'resolve/zone', kind: 'read', summary: 'Find a zone of a logical facility by code (case-insensitive).', permissions: VIEW, request: ResolveZoneRequest, response: { type: ZoneDto, key: 'zone' }, errors: [['not-found', 'zone-not-found']] })
  async zone(@Body() body: ResolveZoneRequest, @Ctx() ctx: RequestContext) {
    const filter = { logical_guid: body.logical_guid, code: normaliseFacilityCode(body.code) };
    return { zone: await this.queries.execute<FindByCodeQuery, Record<string, unknown>>(new FindByCodeQuery(OFM_ZONES, ctx.org_guid, filter, 'zone-not-found')) };
  }
}
