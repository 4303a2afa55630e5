// UAS owns user identities: email verification, passcodes (policy and reuse window) and payment methods.
// Users are platform records (no org); operators create them (`g3n operator user …`), so UAS's HTTP surface is /stat.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { UasStatController } from './api/stat.controller';
import { emailClaimEvents } from './email/email-claim.decide';
import { UasStatHandler } from './queries/uas-stat.handler';
import { userEvents } from './user/user.events';

@Module({ controllers: [UasStatController], providers: [UasStatHandler] })
export class UasModule {}

export const uasEvents: EventDefinition[] = [...emailClaimEvents, ...userEvents];

export {
  createUser, verifyEmail, resendVerification, setPasscode, resetPasscode, completePasscodeReset, verifyPasscode, TOKEN_TTL_MS,
} from './operator/user-operations';
export type { CreateUserInput, CreatedUser, PasscodeCheck, UserRef } from './operator/user-operations';
export { addPaymentMethod, removePaymentMethod, setPaymentMethodPriority } from './operator/payment-operations';
export type { AddPaymentMethodInput } from './operator/payment-operations';
export type { OperatorOptions } from './operator/run';
export { CREDENTIAL_VAULT, PASSCODE_MIN_LENGTH } from './operator/credentials';
export { PASSCODE_HISTORY } from './user/user.state';
