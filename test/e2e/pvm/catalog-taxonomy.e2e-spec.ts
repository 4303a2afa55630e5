// UC-PVM-003: division → department → category (→ sub-category) and seasons; parent rules and an acyclic tree.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('UC-PVM-003 taxonomy', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'owner-uc-pvm-003@example.com'))).headers;
  });
  afterAll(() => h.close());

  it('builds a hierarchy, each node answered under its own kind and stored in pvm_taxonomy', async () => {
    const { division } = await h.ok('/pvm/division', { code: 'APPAREL', caption: 'Apparel' }, headers);
    expect(division).toMatchObject({ kind: 'division', code: 'APPAREL', parent_id: null, status: 'active', revision: 0 });
    const { department } = await h.ok('/pvm/department', { code: 'MENS', caption: 'Mens', parent_id: division.division_id }, headers);
    expect(department.parent_id).toBe(division.division_id);
    const { category } = await h.ok('/pvm/category', { code: 'TOPS', caption: 'Tops', parent_id: department.department_id }, headers);
    const { category: tees } = await h.ok('/pvm/category', { code: 'TEES', caption: 'Tees', parent_id: category.category_id }, headers);
    expect(tees).toMatchObject({ kind: 'category', parent_id: category.category_id });
    const { season } = await h.ok('/pvm/season', { code: 'SS25', caption: 'Spring/Summer 2025' }, headers);
    expect(season.season_id).toEqual(expect.any(String));

    const doc = await h.runtime.readModels.collection('pvm_taxonomy').get(tees.category_id);
    expect(doc).toMatchObject({ _id: tees.category_id, kind: 'category', code: 'TEES', caption: 'Tees', parent_id: category.category_id, status: 'active', revision: 0 });
    // A category id is not a division.
    expect((await h.post('/pvm/division/get', { division_id: category.category_id }, headers)).status).toBe(404);
    expect((await h.ok('/pvm/category/get', { category_id: category.category_id }, headers)).category.code).toBe('TOPS');
  });

  it('enforces parent kinds: a department only under a division, a category under a department or category, roots have none', async () => {
    const { division } = await h.ok('/pvm/division', { code: 'HOME', caption: 'Home' }, headers);
    const { season } = await h.ok('/pvm/season', { code: 'AW25', caption: 'Autumn/Winter 2025' }, headers);
    const wrongKind = await h.post('/pvm/category', { code: 'RUGS', caption: 'Rugs', parent_id: division.division_id }, headers);
    expect(wrongKind.status).toBe(409);
    expect(wrongKind.body.error.minor.tag).toBe('invalid-parent-kind');
    const missing = await h.post('/pvm/department', { code: 'BED', caption: 'Bed', parent_id: 'div_nope' }, headers);
    expect(missing.status).toBe(404);
    expect(missing.body.error.minor.tag).toBe('parent-not-found');
    const rootWithParent = await h.post('/pvm/division', { code: 'X', caption: 'X', parent_id: season.season_id }, headers);
    expect(rootWithParent.status).toBe(400);
    // The refused creates left their codes free.
    await h.ok('/pvm/category', { code: 'RUGS', caption: 'Rugs' }, headers);
    await h.ok('/pvm/department', { code: 'BED', caption: 'Bed', parent_id: division.division_id }, headers);
  });

  it('keeps the tree acyclic: a category cannot move under itself or its descendants', async () => {
    const { category: a } = await h.ok('/pvm/category', { code: 'CYC-A', caption: 'A' }, headers);
    const { category: b } = await h.ok('/pvm/category', { code: 'CYC-B', caption: 'B', parent_id: a.category_id }, headers);
    const { category: c } = await h.ok('/pvm/category', { code: 'CYC-C', caption: 'C', parent_id: b.category_id }, headers);
    const underGrandchild = await h.post('/pvm/category/update', { category_id: a.category_id, parent_id: c.category_id, expected_revision: 0 }, headers);
    expect(underGrandchild.status).toBe(409);
    expect(underGrandchild.body.error.minor.tag).toBe('taxonomy-cycle');
    const underSelf = await h.post('/pvm/category/update', { category_id: a.category_id, parent_id: a.category_id, expected_revision: 0 }, headers);
    expect(underSelf.body.error.minor.tag).toBe('taxonomy-cycle');
    // Moving C up to A is fine, and detaching (null) makes it a root again.
    const moved = await h.ok('/pvm/category/update', { category_id: c.category_id, parent_id: a.category_id, expected_revision: 0 }, headers);
    expect(moved.category).toMatchObject({ parent_id: a.category_id, revision: 1 });
    const detached = await h.ok('/pvm/category/update', { category_id: c.category_id, parent_id: null, expected_revision: 1 }, headers);
    expect(detached.category).toMatchObject({ parent_id: null, revision: 2 });
  });

  it('refuses an inactive parent, and codes are unique per kind', async () => {
    const { department } = await h.ok('/pvm/department', { code: 'OLD', caption: 'Old' }, headers);
    const off = await h.ok('/pvm/department/status', { department_id: department.department_id, status: 'inactive', expected_revision: 0 }, headers);
    expect(off.department).toMatchObject({ status: 'inactive', revision: 1 });
    const refused = await h.post('/pvm/category', { code: 'UNDER-OLD', caption: 'x', parent_id: department.department_id }, headers);
    expect(refused.status).toBe(409);
    expect(refused.body.error.minor.tag).toBe('parent-inactive');
    expect((await h.post('/pvm/department', { code: 'old', caption: 'Again' }, headers)).body.error.minor.tag).toBe('duplicate-code');
    await h.ok('/pvm/category', { code: 'OLD', caption: 'A category may reuse a department code' }, headers);
  });
});
