import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionContext, ProjectionDefinition } from '@g3n/es';

export const UAS_USERS = 'uas_users';

export interface PaymentMethodView {
  payment_method_id: string;
  kind: string;
  last4: string;
  brand: string | null;
  label: string | null;
  priority: number;
  primary: boolean;
  added_at: string;
}

export interface UserDoc extends Doc {
  user_guid: string;
  email: string;
  status: 'pending-verification' | 'verified';
  verified_at: string | null;
  verification_expires_at: string | null;
  passcode_set: boolean;
  passcode_version: number;
  passcode_set_at: string | null;
  payment_methods: PaymentMethodView[];
  revision: number;
  created_at: string;
  updated_at: string;
}

/** Priorities follow list order: 1 is the primary. */
const renumber = (methods: PaymentMethodView[]) => methods.map((m, i) => ({ ...m, priority: i + 1, primary: i === 0 }));

const change = (ctx: ProjectionContext, e: RecordedEvent, apply: (doc: UserDoc) => Partial<UserDoc>) =>
  ctx.update<UserDoc>(UAS_USERS, String(e.data.user_guid), (doc) =>
    doc ? { ...doc, ...apply(doc), revision: e.revision, updated_at: e.metadata.occurred_at } : undefined,
  );

/** `uas_users`: one document per user (no secrets: no hashes, no tokens). OFM reads it by `_id`. */
export const uasUsersProjection: ProjectionDefinition = {
  name: 'uas.users',
  version: 1,
  collections: [{ name: UAS_USERS, indexes: [{ fields: ['email'], unique: true }, { fields: ['status', 'created_at'] }] }],
  handlers: {
    'uas.user-created': (e, ctx) => {
      const d = e.data as { user_guid: string; email: string; verification_expires_at: string | null; created_at: string };
      ctx.put<UserDoc>(UAS_USERS, {
        _id: d.user_guid, user_guid: d.user_guid, email: d.email, status: 'pending-verification', verified_at: null,
        verification_expires_at: d.verification_expires_at, passcode_set: false, passcode_version: 0, passcode_set_at: null,
        payment_methods: [], revision: e.revision, created_at: d.created_at, updated_at: d.created_at,
      });
    },
    'uas.email-verified': (e, ctx) => change(ctx, e, () => ({ status: 'verified', verified_at: String(e.data.verified_at), verification_expires_at: null })),
    'uas.verification-issued': (e, ctx) => change(ctx, e, () => ({ verification_expires_at: String(e.data.expires_at) })),
    'uas.passcode-set': (e, ctx) => change(ctx, e, () => ({ passcode_set: true, passcode_version: Number(e.data.passcode_version), passcode_set_at: String(e.data.set_at) })),
    'uas.passcode-reset-issued': (e, ctx) => change(ctx, e, () => ({})),
    'uas.payment-method-added': (e, ctx) => change(ctx, e, (doc) => {
      const d = e.data as Record<string, string | null>;
      const added: PaymentMethodView = {
        payment_method_id: String(d.payment_method_id), kind: String(d.kind), last4: String(d.last4), brand: d.brand ?? null,
        label: d.label ?? null, priority: 0, primary: false, added_at: String(d.added_at),
      };
      return { payment_methods: renumber([...doc.payment_methods, added]) };
    }),
    'uas.payment-method-removed': (e, ctx) => change(ctx, e, (doc) => ({
      payment_methods: renumber(doc.payment_methods.filter((m) => m.payment_method_id !== e.data.payment_method_id)),
    })),
    'uas.payment-methods-reordered': (e, ctx) => change(ctx, e, (doc) => {
      const byId = new Map(doc.payment_methods.map((m) => [m.payment_method_id, m]));
      const order = e.data.order as string[];
      return { payment_methods: renumber(order.map((id) => byId.get(id)).filter((m): m is PaymentMethodView => !!m)) };
    }),
  },
};
