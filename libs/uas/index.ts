// UAS owns user identities: email verification, passcodes (policy and reuse window) and payment methods.
// Users are platform records (no org); operators create them (`g3n operator user …`), so UAS's HTTP surface is /stat.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';

@Module({})
export class UasModule {}

export const uasEvents: EventDefinition[] = [];
