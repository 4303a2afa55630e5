// Walkthrough 2 step 2: option groups, options and OGMs with content revisions (ogm_rev), list, status and clone.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createCatalogBasics } from '../../support/fixtures/catalog';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('PVM option groups, options and OGMs', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-pvm-ogm@example.com'))).headers;
    await h.ok('/pvm/option_group', { code: 'SIZE', caption: 'Size' }, headers);
  });
  afterAll(() => h.close());

  it('the catalog fixture gives a verified supplier pair, a category and an OGM over COLOR (RED, BLUE)', async () => {
    const basics = await createCatalogBasics(h, headers);
    expect(basics.ogm_rev).toBe(1);
    expect((await h.runtime.readModels.collection('pvm_vendors').get(basics.vendor_id))).toMatchObject({ status: 'verified' });
    expect((await h.runtime.readModels.collection('pvm_manufacturers').get(basics.manufacturer_id))).toMatchObject({ status: 'verified' });
    expect((await h.runtime.readModels.collection('pvm_taxonomy').get(basics.category_id))).toMatchObject({ kind: 'category', status: 'active' });
    const options = await h.runtime.readModels.collection('pvm_options').find({ group_code: 'COLOR' }, { sort: [{ field: 'code', direction: 'asc' }] });
    expect(options.items.map((o) => o.code)).toEqual(['BLUE', 'RED']);
    const ogm = await h.runtime.readModels.collection('pvm_ogms').get(basics.ogm_id);
    expect(ogm).toMatchObject({ ogm_id: basics.ogm_id, status: 'active', ogm_rev: 1, groups: [{ group_code: 'COLOR', priority: 1 }], revisions: [{ ogm_rev: 1, groups: [{ group_code: 'COLOR', priority: 1 }] }] });
    // A second call in the same org reuses COLOR.
    const again = await createCatalogBasics(h, headers);
    expect(again.ogm_id).not.toBe(basics.ogm_id);
  });

  it('options join an existing active group, codes unique within the group', async () => {
    const { option } = await h.ok('/pvm/option', { group_code: 'size', code: 'm', caption: 'Medium' }, headers);
    expect(option).toMatchObject({ group_code: 'SIZE', code: 'M', status: 'active', revision: 0 });
    expect((await h.post('/pvm/option', { group_code: 'SIZE', code: 'M', caption: 'Again' }, headers)).body.error.minor.tag).toBe('duplicate-code');
    const noGroup = await h.post('/pvm/option', { group_code: 'FIT', code: 'SLIM', caption: 'Slim' }, headers);
    expect(noGroup.status).toBe(404);
    expect(noGroup.body.error.minor.tag).toBe('option-group-not-found');
    const { option_group } = await h.ok('/pvm/option_group', { code: 'FIT', caption: 'Fit' }, headers);
    await h.ok('/pvm/option_group/status', { group_id: option_group.group_id, status: 'inactive', expected_revision: 0 }, headers);
    expect((await h.post('/pvm/option', { group_code: 'FIT', code: 'SLIM', caption: 'Slim' }, headers)).body.error.minor.tag).toBe('option-group-inactive');
    const renamed = await h.ok('/pvm/option/update', { option_id: option.option_id, caption: 'Medium (M)', expected_revision: 0 }, headers);
    expect(renamed.option).toMatchObject({ caption: 'Medium (M)', revision: 1 });
  });

  it('creates an OGM sorted by priority, revises it (ogm_rev 2, history kept), lists and clones it', async () => {
    await h.post('/pvm/option_group', { code: 'COLOR', caption: 'Color' }, headers);
    const created = await h.ok('/pvm/ogm', { code: 'tops', groups: [{ group_code: 'SIZE', priority: 2 }, { group_code: 'COLOR', priority: 1 }] }, headers);
    const ogm_id = created.ogm.ogm_id;
    expect(created.ogm).toMatchObject({ code: 'TOPS', caption: 'TOPS', ogm_rev: 1, revision: 0, groups: [{ group_code: 'COLOR', priority: 1 }, { group_code: 'SIZE', priority: 2 }], cloned_from: null });

    expect((await h.post('/pvm/ogm', { ogm_id, groups: [{ group_code: 'COLOR', priority: 1 }] }, headers)).status).toBe(428);
    const revised = await h.ok('/pvm/ogm', { ogm_id, groups: [{ group_code: 'COLOR', priority: 1 }], expected_revision: 0 }, headers);
    expect(revised.ogm).toMatchObject({ ogm_rev: 2, revision: 1, groups: [{ group_code: 'COLOR', priority: 1 }] });
    expect(revised.ogm.revisions.map((r: { ogm_rev: number }) => r.ogm_rev)).toEqual([1, 2]);

    const clone = await h.ok('/pvm/ogm/clone', { ogm_id, ogm_rev: 1, code: 'TOPS-2' }, headers);
    expect(clone.ogm).toMatchObject({ code: 'TOPS-2', ogm_rev: 1, groups: created.ogm.groups, cloned_from: { ogm_id, ogm_rev: 1 } });
    expect((await h.post('/pvm/ogm/clone', { ogm_id, ogm_rev: 9, code: 'TOPS-3' }, headers)).body.error.minor.tag).toBe('ogm-revision-not-found');

    const page = await h.ok('/pvm/ogm/list', { code_prefix: 'tops', limit: 1 }, headers);
    expect(page.items.map((o: { code: string }) => o.code)).toEqual(['TOPS']);
    const next = await h.ok('/pvm/ogm/list', { code_prefix: 'tops', limit: 1, next_token: page.next_token }, headers);
    expect(next.items.map((o: { code: string }) => o.code)).toEqual(['TOPS-2']);

    const off = await h.ok('/pvm/ogm/status', { ogm_id, status: 'inactive', expected_revision: 1 }, headers);
    expect(off.ogm).toMatchObject({ status: 'inactive', revision: 2 });
    expect((await h.ok('/pvm/ogm/list', { status: 'inactive' }, headers)).items.map((o: { ogm_id: string }) => o.ogm_id)).toEqual([ogm_id]);
  });

  it('refuses OGMs with unknown, repeated or inactive groups', async () => {
    const unknown = await h.post('/pvm/ogm', { code: 'BAD-1', groups: [{ group_code: 'NOPE', priority: 1 }] }, headers);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details.group_codes).toEqual(['NOPE']);
    const twice = await h.post('/pvm/ogm', { code: 'BAD-2', groups: [{ group_code: 'SIZE', priority: 1 }, { group_code: 'SIZE', priority: 2 }] }, headers);
    expect(twice.body.error.minor.tag).toBe('duplicate-group');
    const samePriority = await h.post('/pvm/ogm', { code: 'BAD-3', groups: [{ group_code: 'SIZE', priority: 1 }, { group_code: 'COLOR', priority: 1 }] }, headers);
    expect(samePriority.body.error.minor.tag).toBe('duplicate-priority');
    expect((await h.post('/pvm/ogm', { code: 'BAD-4', groups: [] }, headers)).status).toBe(400);
    // Refused creates left the codes free.
    await h.ok('/pvm/ogm', { code: 'BAD-1', groups: [{ group_code: 'SIZE', priority: 1 }] }, headers);
  });
});
