// USM owns sessions, service accounts and API keys, and answers the platform's "who is calling" question.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';

@Module({})
export class UsmModule {}

export const usmEvents: EventDefinition[] = [];
