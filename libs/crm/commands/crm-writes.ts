import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { customerDecider } from '../customer/customer.decide';
import { CustomerState, isOnHold } from '../customer/customer.state';
import { policyDecider, PolicyState } from '../policy/policy.decide';
import { customerStream, policyStream } from '../shared/streams';

/**
 * What CRM command handlers read before deciding: the customer (from its stream, so a hold placed a moment ago
 * is seen) and the loyalty policy.
 */
@Injectable()
export class CrmWrites {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async customer(org: string, customerId: string): Promise<CustomerState> {
    const loaded = await this.runtime.commands.load(customerStream(org, customerId), customerDecider);
    if (!loaded.state.exists) throw notFound('customer-not-found', 'No such customer.');
    return loaded.state;
  }

  /** True when any of the named customers (nulls skipped) has an open hold; 404 for a customer that does not exist. */
  async anyOnHold(org: string, customerIds: Array<string | null | undefined>): Promise<boolean> {
    const ids = [...new Set(customerIds.filter((id): id is string => !!id))];
    const states = await Promise.all(ids.map((id) => this.customer(org, id)));
    return states.some(isOnHold);
  }

  async policy(org: string): Promise<PolicyState & { revision: number }> {
    const loaded = await this.runtime.commands.load(policyStream(org), policyDecider);
    return { ...loaded.state, revision: loaded.revision };
  }
}

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
