import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { CustomerConsentSetRequest, CustomerCreateRequest } from '../api/dto/customer.dto';
import type { CustomerFlagSetRequest } from '../api/dto/flag-hold.dto';
import { customerDecider } from '../customer/customer.decide';
import { emailClaimDecider } from '../customer/email-claim.decide';
import { normaliseEmail, normalisePhone, sha256 } from '../shared/normalise';
import { customerStream, emailClaimStream } from '../shared/streams';
import { why } from './crm-writes';

export class CreateCustomerCommand {
  constructor(readonly ctx: RequestContext, readonly request: CustomerCreateRequest) {}
}

/** Claims the email first (409 duplicate-email names the existing customer), then creates the customer. */
@CommandHandler(CreateCustomerCommand)
export class CreateCustomerHandler implements ICommandHandler<CreateCustomerCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: CreateCustomerCommand): Promise<string> {
    const c = r.customer;
    const email = c.email !== undefined ? normaliseEmail(c.email, 'customer.email') : null;
    const phone = c.phone !== undefined ? normalisePhone(c.phone, 'customer.phone') : null;
    if (!email && !phone && !c.caption) {
      throw validationError('customer-identifier-required', 'A customer needs an email, a phone or a caption.', { fields: [{ field: 'customer', reason: 'give email, phone or caption' }] });
    }
    const customer_id = this.runtime.ids.next('cus');
    if (email) {
      const email_digest = sha256(email);
      await this.writes.execute(ctx, { stream: emailClaimStream(ctx.org_guid, email_digest), decider: emailClaimDecider, command: { kind: 'claim', email_digest, customer_id }, ...why(r) });
    }
    const profile = { email, phone, caption: c.caption ?? null, given_name: c.given_name ?? null, family_name: c.family_name ?? null, external_ref: c.external_ref ?? null };
    await this.writes.execute(ctx, { stream: customerStream(ctx.org_guid, customer_id), decider: customerDecider, command: { kind: 'create', customer_id, org_guid: ctx.org_guid, ...profile }, ...why(r) });
    return customer_id;
  }
}

export class SetConsentCommand {
  constructor(readonly ctx: RequestContext, readonly request: CustomerConsentSetRequest) {}
}

@CommandHandler(SetConsentCommand)
export class SetConsentHandler implements ICommandHandler<SetConsentCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: SetConsentCommand): Promise<void> {
    const command = { kind: 'set-consent' as const, purpose: r.purpose, channel: r.channel, granted: r.granted, capture_source: r.capture_source ?? null, now: this.runtime.clock.now().toISOString() };
    await this.writes.execute(ctx, { stream: customerStream(ctx.org_guid, r.customer_id), decider: customerDecider, command, expectedRevision: r.expected_revision, ...why(r) });
  }
}

export class SetFlagCommand {
  constructor(readonly ctx: RequestContext, readonly request: CustomerFlagSetRequest) {}
}

/** A raised flag with place_hold also opens a hold (its id generated here, so the decider stays pure). */
@CommandHandler(SetFlagCommand)
export class SetFlagHandler implements ICommandHandler<SetFlagCommand, string | null> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: SetFlagCommand): Promise<string | null> {
    const hold_id = r.active && r.place_hold ? this.runtime.ids.next('hld') : null;
    const command = { kind: 'set-flag' as const, flag_code: r.flag_code, active: r.active, note: r.note ?? null, hold_id, now: this.runtime.clock.now().toISOString() };
    await this.writes.execute(ctx, { stream: customerStream(ctx.org_guid, r.customer_id), decider: customerDecider, command, expectedRevision: r.expected_revision, ...why(r) });
    return hold_id;
  }
}
