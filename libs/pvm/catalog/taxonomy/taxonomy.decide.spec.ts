import { given } from '@g3n/es';
import { ParentNode, taxonomyDecider as decider } from './taxonomy.decide';
import type { TaxonomyEvent } from './taxonomy.events';

const base = { org_guid: 'org1', caption: 'Tops' };
const node = (id: string, kind: ParentNode['kind'], ancestors: string[] = [], status: ParentNode['status'] = 'active') => ({ parent_id: id, found: { id, kind, status, ancestors } });
const categoryCreated: TaxonomyEvent = { type: 'pvm.category-created', data: { category_id: 'cat_1', kind: 'category', org_guid: 'org1', code: 'TOPS', caption: 'Tops', parent_id: 'dep_1' } };

describe('taxonomy decider', () => {
  it('creates a category under a department, or as a root', () => {
    given(decider, []).when({ kind: 'create', node: 'category', id: 'cat_1', code: 'TOPS', ...base, parent: node('dep_1', 'department', ['div_1']) }).then([categoryCreated]);
    given(decider, []).when({ kind: 'create', node: 'category', id: 'cat_1', code: 'TOPS', ...base, parent: null })
      .then([{ type: 'pvm.category-created', data: { ...categoryCreated.data, parent_id: null } } as TaxonomyEvent]);
  });

  it('enforces parent kinds and statuses', () => {
    const create = (n: 'division' | 'department' | 'category' | 'season', parent: ReturnType<typeof node> | { parent_id: string; found: null }) =>
      given(decider, []).when({ kind: 'create', node: n, id: 'x_1', code: 'X', ...base, parent });
    create('department', node('cat_1', 'category')).thenRejects('invalid-state', 'invalid-parent-kind');
    create('category', node('div_1', 'division')).thenRejects('invalid-state', 'invalid-parent-kind');
    create('division', node('div_1', 'division')).thenRejects('validation-error', 'parent-not-allowed');
    create('season', node('sea_1', 'season')).thenRejects('validation-error', 'parent-not-allowed');
    create('department', { parent_id: 'div_9', found: null }).thenRejects('not-found', 'parent-not-found');
    create('department', node('div_1', 'division', [], 'inactive')).thenRejects('invalid-state', 'parent-inactive');
  });

  it('refuses a move under itself or a descendant (acyclic), allows other moves and detaching', () => {
    given(decider, [categoryCreated]).when({ kind: 'update', parent: node('cat_1', 'category') }).thenRejects('invalid-state', 'taxonomy-cycle');
    given(decider, [categoryCreated]).when({ kind: 'update', parent: node('cat_3', 'category', ['cat_2', 'cat_1', 'dep_1']) }).thenRejects('invalid-state', 'taxonomy-cycle');
    given(decider, [categoryCreated]).when({ kind: 'update', parent: node('cat_5', 'category', ['dep_2']) })
      .then([{ type: 'pvm.category-updated', data: { category_id: 'cat_1', changes: { parent_id: 'cat_5' } } }]);
    given(decider, [categoryCreated]).when({ kind: 'update', parent: null })
      .then([{ type: 'pvm.category-updated', data: { category_id: 'cat_1', changes: { parent_id: null } } }]);
  });

  it('refuses trees deeper than MAX_DEPTH', () => {
    const deep = Array.from({ length: 15 }, (_, i) => `cat_a${i}`);
    given(decider, []).when({ kind: 'create', node: 'category', id: 'cat_new', code: 'DEEP', ...base, parent: node('cat_p', 'category', deep) }).thenRejects('invalid-state', 'taxonomy-too-deep');
  });

  it('a caption change does not re-check the parent; status is active ⇄ inactive', () => {
    given(decider, [categoryCreated]).when({ kind: 'update', caption: 'All tops' }).then([{ type: 'pvm.category-updated', data: { category_id: 'cat_1', changes: { caption: 'All tops' } } }]);
    given(decider, [categoryCreated]).when({ kind: 'set-status', status: 'inactive' }).then([{ type: 'pvm.category-status-changed', data: { category_id: 'cat_1', from: 'active', to: 'inactive' } }]);
    given(decider, [categoryCreated]).when({ kind: 'set-status', status: 'active' }).then([]);
  });
});
