import { Decider, invalidState, notFound, validationError } from '@g3n/es';
import { ACTIVE_MACHINE, ActiveStatus, changedFields, statusChanges } from '../shared/status';
import { ALLOWED_PARENTS, TaxonomyDetails, TaxonomyEvent, taxonomyIdField, TaxonomyKind } from './taxonomy.events';
import { evolveTaxonomy, initialTaxonomyState, TaxonomyState } from './taxonomy.state';

/**
 * What the handler found for a proposed parent (from the log, not a read model): null when no node has that id in
 * the org; `ancestors` are the parent's own ancestors, nearest first, so the decider can refuse a cycle.
 */
export interface ParentNode {
  id: string;
  kind: TaxonomyKind;
  status: ActiveStatus;
  ancestors: string[];
}
export type ParentLookup = { parent_id: string; found: ParentNode | null } | null;

export type TaxonomyCommand =
  | { kind: 'create'; node: TaxonomyKind; id: string; org_guid: string; code: string; caption: string; parent: ParentLookup }
  | { kind: 'update'; caption?: string; parent?: ParentLookup }
  | { kind: 'set-status'; status: ActiveStatus };

/** Deepest chain the hierarchy allows (division, department, then categories nested up to this many levels). */
export const MAX_DEPTH = 16;

/** A parent must exist, be of a kind the node may hang under, be active, and not be the node or its descendant. */
export function assertParentAllowed(node: TaxonomyKind, selfId: string, parent: ParentLookup): void {
  if (!parent) return;
  const allowed = ALLOWED_PARENTS[node];
  if (allowed.length === 0) {
    throw validationError('parent-not-allowed', `A ${node} has no parent.`, { fields: [{ field: 'parent_id', reason: 'not-allowed' }] });
  }
  if (!parent.found) throw notFound('parent-not-found', 'No such parent node in this org.', { parent_id: parent.parent_id });
  if (!allowed.includes(parent.found.kind)) {
    throw invalidState('invalid-parent-kind', `A ${node} can only sit under a ${allowed.join(' or ')}, not a ${parent.found.kind}.`, { allowed });
  }
  if (parent.found.status !== 'active') throw invalidState('parent-inactive', 'The parent node is inactive.');
  if (parent.found.id === selfId || parent.found.ancestors.includes(selfId)) {
    throw invalidState('taxonomy-cycle', 'The parent is this node or one of its descendants: the hierarchy must stay acyclic.');
  }
  if (parent.found.ancestors.length + 2 > MAX_DEPTH) throw invalidState('taxonomy-too-deep', `The hierarchy is at most ${MAX_DEPTH} levels deep.`);
}

function create(c: Extract<TaxonomyCommand, { kind: 'create' }>, state: TaxonomyState): TaxonomyEvent[] {
  if (state.exists) throw invalidState(`${c.node}-exists`, `This ${c.node} already exists.`);
  assertParentAllowed(c.node, c.id, c.parent);
  const data = { [taxonomyIdField(c.node)]: c.id, kind: c.node, org_guid: c.org_guid, code: c.code, caption: c.caption, parent_id: c.parent?.parent_id ?? null };
  return [{ type: `pvm.${c.node}-created`, data }];
}

function update(c: Extract<TaxonomyCommand, { kind: 'update' }>, state: TaxonomyState, kind: TaxonomyKind): TaxonomyEvent[] {
  const patch: Partial<TaxonomyDetails> = { caption: c.caption };
  if (c.parent !== undefined) patch.parent_id = c.parent?.parent_id ?? null;
  const changes = changedFields<TaxonomyDetails>(state, patch);
  if (Object.keys(changes).length === 0) return [];
  if (changes.parent_id !== undefined && c.parent) assertParentAllowed(kind, state.id, c.parent);
  return [{ type: `pvm.${kind}-updated`, data: { [taxonomyIdField(kind)]: state.id, changes } }];
}

function setStatus(c: Extract<TaxonomyCommand, { kind: 'set-status' }>, state: TaxonomyState, kind: TaxonomyKind): TaxonomyEvent[] {
  if (!statusChanges(ACTIVE_MACHINE, state.status, c.status)) return [];
  return [{ type: `pvm.${kind}-status-changed`, data: { [taxonomyIdField(kind)]: state.id, from: state.status, to: c.status } }];
}

/** One decider for every taxonomy node; its kind is fixed at creation. */
export const taxonomyDecider: Decider<TaxonomyCommand, TaxonomyState, TaxonomyEvent> = {
  name: 'pvm.taxonomy-node',
  stateVersion: 1,
  initialState: initialTaxonomyState,
  evolve: evolveTaxonomy,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists || !state.kind) throw notFound('taxonomy-node-not-found', 'No such taxonomy node.');
    switch (command.kind) {
      case 'update':
        return update(command, state, state.kind);
      case 'set-status':
        return setStatus(command, state, state.kind);
    }
  },
};
