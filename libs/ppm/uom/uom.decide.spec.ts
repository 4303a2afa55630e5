import { given } from '@g3n/es';
import { uomDecider as decider } from './uom.decide';
import type { UomEvent } from './uom.events';

const ea: UomEvent = { type: 'ppm.uom-created', data: { org_guid: 'org1', uom_code: 'EA', caption: 'Each', base_uom: null, factor: 1 } };
const cs12: UomEvent = { type: 'ppm.uom-created', data: { org_guid: 'org1', uom_code: 'CS12', caption: 'Case of 12', base_uom: 'EA', factor: 12 } };
const create = (over: Partial<{ uom_code: string; base_uom: string | null; factor: number; base: { base_uom: string | null } | null }>) => ({
  kind: 'create' as const, org_guid: 'org1', uom_code: 'CS12', caption: 'Case of 12', base_uom: 'EA', factor: 12, base: { base_uom: null }, ...over,
});

describe('unit of measure decider', () => {
  it('creates a base unit and a multiple of it', () => {
    given(decider, []).when({ ...create({ uom_code: 'EA', base_uom: null, factor: 1, base: null }), caption: 'Each' }).then([ea]);
    given(decider, []).when(create({})).then([cs12]);
  });

  it('wants factor 1 on a base unit and a whole factor ≥ 1 on a multiple', () => {
    given(decider, []).when(create({ uom_code: 'EA', base_uom: null, factor: 2, base: null })).thenRejects('validation-error', 'base-unit-factor');
    given(decider, []).when(create({ factor: 0 })).thenRejects('validation-error', 'invalid-factor');
    given(decider, []).when(create({ factor: 1.5 })).thenRejects('validation-error', 'invalid-factor');
  });

  it('wants an existing base unit that is itself a base', () => {
    given(decider, []).when(create({ base: null })).thenRejects('not-found', 'base-uom-not-found');
    given(decider, []).when(create({ uom_code: 'PAL', base_uom: 'CS12', base: { base_uom: 'EA' } })).thenRejects('validation-error', 'base-uom-not-base');
    given(decider, []).when(create({ uom_code: 'EA', base_uom: 'EA' })).thenRejects('validation-error', 'base-uom-self');
  });

  it('updates caption and factor, never the base', () => {
    given(decider, [cs12]).when({ kind: 'update', caption: 'Case of 12', factor: 24 })
      .then([{ type: 'ppm.uom-updated', data: { org_guid: 'org1', uom_code: 'CS12', changes: { factor: 24 } } }]);
    given(decider, [cs12]).when({ kind: 'update', caption: 'Case of 12', factor: 12, base_uom: 'EA' }).then([]);
    given(decider, [cs12]).when({ kind: 'update', base_uom: null }).thenRejects('validation-error', 'base-uom-immutable');
    given(decider, [ea]).when({ kind: 'update', factor: 6 }).thenRejects('validation-error', 'base-unit-factor');
    given(decider, []).when({ kind: 'update', caption: 'x' }).thenRejects('not-found', 'uom-not-found');
  });
});
