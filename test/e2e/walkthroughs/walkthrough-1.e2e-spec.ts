/**
 * Walkthrough 1 of the seeds, as written: user onboarding → session → org → facilities/zones → invite member.
 * Runs against the real server (`npm start`'s entry) and the real `g3n operator` CLI on the same data directory,
 * the way an operator and an integrator would.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runG3n, startServer, StartedServer } from '../../support/processes';

describe('walkthrough 1: onboarding → session → org → facilities/zones → invite member', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'g3n-wt1-'));
  const env = { G3N_DATA_DIR: dataDir };
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServer(env);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const operator = (...args: string[]) => {
    const result = runG3n(['operator', ...args], env);
    if (result.code !== 0) throw new Error(`g3n operator ${args.join(' ')} → ${result.code}: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').pop()!);
  };
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('runs end to end with the seed\'s requests', async () => {
    // Prerequisites (operator-only): a verified user with a passcode, and an invitation code.
    const owner = operator('user', 'create', '--email', 'owner@example.com', '--passcode', 'Abcd!234', '--verified');
    expect(owner.user_guid).toEqual(expect.any(String));
    const invitation = operator('invitation', 'create', '--ttl', '7d');
    expect(invitation.invitation_code).toEqual(expect.any(String));

    // 1) Create a session (USM): body auth, no headers.
    const session = await post('/usm/session/create', { email: 'owner@example.com', passcode: 'Abcd!234', caption: 'owner-session', session_label: 'owner-web', reason: 'login' });
    expect(session.status).toBe(200);
    const SESSION_GUID = session.body.data.session.session_guid;
    const auth = { 'x-session-guid': SESSION_GUID };
    expect((await post('/usm/session/create', { email: 'owner@example.com', passcode: 'wrong-one-123' })).body.error.minor.tag).toBe('invalid-passcode');

    // 2) Create org (OFM).
    const org = await post('/ofm/org/create', { orgcode: 'ACME', invitation_code: invitation.invitation_code, user_guid: owner.user_guid, caption: 'Acme HQ' }, auth);
    expect(org.status).toBe(200);
    const ORG_GUID = org.body.data.org.org_guid;
    expect(org.body.data.cost_centre).toEqual(expect.objectContaining({ org_guid: ORG_GUID }));
    const reused = await post('/ofm/org/create', { orgcode: 'ACME2', invitation_code: invitation.invitation_code, user_guid: owner.user_guid, caption: 'Again' }, auth);
    expect(reused.status).toBe(409);
    expect(reused.body.error.minor.tag).toBe('invitation-consumed');

    // 3) Writes before verification are blocked; the operator verifies the org.
    const blocked = await post('/ofm/facility/legal/create', { org_guid: ORG_GUID, code: 'EARLY', caption: 'Too early' }, auth);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.minor.tag).toBe('org-write-blocked');
    expect(operator('org', 'verify', '--orgcode', 'ACME').org).toEqual(expect.objectContaining({ orgcode: 'ACME', status: 'verified' }));

    // 4) Facilities, with org_guid in the body as the seed writes them.
    const physical = await post('/ofm/facility/physical/create', { org_guid: ORG_GUID, code: 'HQ', caption: 'Headquarters', address: { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' } }, auth);
    expect(physical.status).toBe(200);
    const legal = await post('/ofm/facility/legal/create', { org_guid: ORG_GUID, code: 'ACME-INC', caption: 'Acme Incorporated' }, auth);
    expect(legal.status).toBe(200);
    const PHYSICAL_GUID = JSON.stringify(physical.body.data).match(/"physical_guid":"([^"]+)"/)![1];
    const LEGAL_GUID = JSON.stringify(legal.body.data).match(/"legal_guid":"([^"]+)"/)![1];
    const logical = await post('/ofm/facility/logical/create', { org_guid: ORG_GUID, physical_guid: PHYSICAL_GUID, legal_guid: LEGAL_GUID, code: 'DC-01', caption: 'Distribution Center' }, auth);
    expect(logical.status).toBe(200);
    const LOGICAL_GUID = JSON.stringify(logical.body.data).match(/"logical_guid":"([^"]+)"/)![1];

    // 5) The ROOT zone, then a child zone.
    const zones = await post('/ofm/zone/list', { org_guid: ORG_GUID, logical_guid: LOGICAL_GUID, limit: 8 }, auth);
    expect(zones.status).toBe(200);
    const root = zones.body.data.items.find((z: { code: string }) => z.code === 'ROOT');
    expect(root).toBeDefined();
    const aisle = await post('/ofm/zone/create', { org_guid: ORG_GUID, logical_guid: LOGICAL_GUID, parent_zone_guid: root.zone_guid, code: 'A1', caption: 'Aisle A1' }, auth);
    expect(aisle.status).toBe(200);

    // 6) Invite a member: the owner invites, only the invitee's own session can accept.
    const invitee = operator('user', 'create', '--email', 'staff@example.com', '--passcode', 'Staff!2345xyz', '--verified');
    const invite = await post('/ofm/member/invite/create', { org_guid: ORG_GUID, invitee_user_guid: invitee.user_guid, caption: 'Inventory staff', role_profile_id: 'pvv' }, auth);
    expect(invite.status).toBe(200);
    const INVITE_CODE = JSON.stringify(invite.body.data).match(/"code":"([^"]+)"/)![1];
    const bystander = operator('user', 'create', '--email', 'bystander@example.com', '--passcode', 'Other!2345xyz', '--verified');
    expect(bystander.user_guid).toBeDefined();
    const bystanderSession = (await post('/usm/session/create', { email: 'bystander@example.com', passcode: 'Other!2345xyz' })).body.data.session.session_guid;
    const stolen = await post('/ofm/member/invite/accept', { code: INVITE_CODE }, { 'x-session-guid': bystanderSession });
    expect(stolen.status).toBe(404);
    const inviteeSession = (await post('/usm/session/create', { email: 'staff@example.com', passcode: 'Staff!2345xyz' })).body.data.session.session_guid;
    const accepted = await post('/ofm/member/invite/accept', { code: INVITE_CODE }, { 'x-session-guid': inviteeSession });
    expect(accepted.status).toBe(200);
    // The new member can now see the org; a member without owner rights cannot invite.
    const resolved = await post('/ofm/member/resolve', { orgcode: 'ACME' }, { 'x-session-guid': inviteeSession });
    expect(resolved.status).toBe(200);
    const notOwner = await post('/ofm/member/invite/create', { org_guid: ORG_GUID, invitee_user_guid: bystander.user_guid, caption: 'x', role_profile_id: 'pvv' }, { 'x-session-guid': inviteeSession });
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error.minor.tag).toBe('not-owner');
    // The bystander is not associated: 404, never 403.
    expect((await post('/ofm/member/resolve', { orgcode: 'ACME' }, { 'x-session-guid': bystanderSession })).status).toBe(404);
  }, 120_000);
});
