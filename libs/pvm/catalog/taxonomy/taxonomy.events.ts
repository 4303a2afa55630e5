import { defineEvent, DomainEvent } from '@g3n/es';
import { ACTIVE_STATUSES, ActiveStatus, statusChangeSchema } from '../shared/status';

/** The merchandise hierarchy: division → department → category (→ sub-category), plus flat seasons. */
export type TaxonomyKind = 'division' | 'department' | 'category' | 'season';
export const TAXONOMY_KINDS: TaxonomyKind[] = ['division', 'department', 'category', 'season'];

/** Which kinds a node of each kind may hang under (none: it is a root). */
export const ALLOWED_PARENTS: Record<TaxonomyKind, TaxonomyKind[]> = {
  division: [],
  department: ['division'],
  category: ['department', 'category'],
  season: [],
};

export type TaxonomyDetails = {
  caption: string;
  parent_id: string | null;
};

type IdField = { [K in `${TaxonomyKind}_id`]?: string };
export type TaxonomyCreated = DomainEvent<`pvm.${TaxonomyKind}-created`, IdField & { kind: TaxonomyKind; org_guid: string; code: string } & TaxonomyDetails>;
export type TaxonomyUpdated = DomainEvent<`pvm.${TaxonomyKind}-updated`, IdField & { changes: Partial<TaxonomyDetails> }>;
export type TaxonomyStatusChanged = DomainEvent<`pvm.${TaxonomyKind}-status-changed`, IdField & { from: ActiveStatus; to: ActiveStatus }>;
export type TaxonomyEvent = TaxonomyCreated | TaxonomyUpdated | TaxonomyStatusChanged;

export const taxonomyIdField = (kind: TaxonomyKind) => `${kind}_id` as const;

const details = { caption: { type: 'string' }, parent_id: { type: ['string', 'null'] } };

function eventsOf(kind: TaxonomyKind) {
  const id = taxonomyIdField(kind);
  const stream = `<org_guid>/pvm.taxonomy/<${id}>`;
  return [
    defineEvent({
      type: `pvm.${kind}-created`,
      version: 1,
      description: `A ${kind} was created, active${ALLOWED_PARENTS[kind].length ? `, optionally under a ${ALLOWED_PARENTS[kind].join(' or ')} (parent_id)` : ''}.`,
      stream,
      schema: {
        type: 'object',
        required: [id, 'kind', 'org_guid', 'code', 'caption', 'parent_id'],
        properties: { [id]: { type: 'string' }, kind: { type: 'string', enum: [kind] }, org_guid: { type: 'string' }, code: { type: 'string' }, ...details },
      },
    }),
    defineEvent({
      type: `pvm.${kind}-updated`,
      version: 1,
      description: `A ${kind}'s caption or parent changed; \`changes\` holds the new values.`,
      stream,
      schema: { type: 'object', required: [id, 'changes'], properties: { [id]: { type: 'string' }, changes: { type: 'object', properties: details } } },
    }),
    defineEvent({ type: `pvm.${kind}-status-changed`, version: 1, description: `A ${kind} was activated or deactivated.`, stream, schema: statusChangeSchema(id, ACTIVE_STATUSES) }),
  ];
}

export const taxonomyEvents = TAXONOMY_KINDS.flatMap(eventsOf);
