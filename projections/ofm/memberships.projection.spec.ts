import { ProjectionContext } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { MembershipDoc, ofmMembershipsProjection } from './memberships.projection';

let position = 0;
function event(type: string, data: Record<string, unknown>, revision = 0): RecordedEvent {
  position += 1;
  return {
    type, data, stream: 'org_1/x/y', revision, position, tenant: 'org_1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, actor: 'user:u', occurred_at: `2026-01-01T00:00:${String(position).padStart(2, '0')}.000Z`, schema_version: 1 },
  };
}

async function fold(events: RecordedEvent[]): Promise<ProjectionContext> {
  const ctx = new ProjectionContext({ get: async () => null }, { ofm_memberships: 'ofm_memberships__g1' });
  for (const e of events) await ofmMembershipsProjection.handlers[e.type](e, ctx);
  return ctx;
}

const org = 'org_1';
const created = () => event('ofm.org-created', { org_guid: org, orgcode: 'ACME', caption: 'A', legal_name: null, primary_owner_user_guid: 'usr_p', default_cc_guid: 'cc', status: 'unverified' });

describe('ofm.memberships projection', () => {
  it('makes the creator the active primary owner', async () => {
    const ctx = await fold([created()]);
    expect(await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_p`)).toMatchObject({
      owner: true, owner_kind: 'primary', owner_state: 'active', role_profiles: ['owner'], state: 'active', revision: null,
    });
  });

  it('combines a member who becomes a secondary owner, and keeps the member role when the ownership ends', async () => {
    const ctx = await fold([
      created(),
      event('ofm.member-joined', { org_guid: org, user_guid: 'usr_m', role_profiles: ['pvv'], invite_code: 'MI-1' }, 0),
      event('ofm.owner-secondary-added', { org_guid: org, user_guid: 'usr_m' }, 1),
    ]);
    expect(await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_m`)).toMatchObject({ owner: true, owner_kind: 'secondary', role_profiles: ['owner', 'pvv'], state: 'active', revision: 0 });
    await ofmMembershipsProjection.handlers['ofm.owner-state-set'](event('ofm.owner-state-set', { org_guid: org, user_guid: 'usr_m', from: 'active', state: 'suspended' }, 2), ctx);
    expect(await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_m`)).toMatchObject({ owner: true, owner_state: 'suspended', role_profiles: ['pvv'], state: 'active' });
    await ofmMembershipsProjection.handlers['ofm.owner-secondary-removed'](event('ofm.owner-secondary-removed', { org_guid: org, user_guid: 'usr_m' }, 3), ctx);
    expect(await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_m`)).toMatchObject({ owner: false, owner_kind: null, role_profiles: ['pvv'], state: 'active' });
  });

  it('swaps primary and secondary on a hand-over', async () => {
    const ctx = await fold([
      created(),
      event('ofm.owner-secondary-added', { org_guid: org, user_guid: 'usr_s' }, 1),
      event('ofm.owner-primary-set', { org_guid: org, user_guid: 'usr_s', previous_user_guid: 'usr_p' }, 2),
    ]);
    expect((await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_p`))?.owner_kind).toBe('secondary');
    expect((await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_s`))?.owner_kind).toBe('primary');
  });

  it('tracks logical assignments and member state, with the member stream revision', async () => {
    const m = (type: string, data: Record<string, unknown>, revision: number) => event(type, { org_guid: org, user_guid: 'usr_m', ...data }, revision);
    const ctx = await fold([
      m('ofm.member-joined', { role_profiles: ['pvv'], invite_code: 'MI-1' }, 0),
      m('ofm.member-logical-assigned', { logical_guid: 'log_1' }, 1),
      m('ofm.member-logical-assigned', { logical_guid: 'log_2' }, 2),
      m('ofm.member-logical-detached', { logical_guid: 'log_1' }, 3),
      m('ofm.member-state-set', { from: 'active', state: 'suspended' }, 4),
    ]);
    expect(await ctx.get<MembershipDoc>('ofm_memberships', `${org}:usr_m`)).toMatchObject({
      logical_guids: ['log_2'], member_state: 'suspended', state: 'suspended', role_profiles: [], revision: 4,
    });
  });
});
