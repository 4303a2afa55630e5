import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

export const CDC_MAX_LIMIT = 1000;
export const CDC_DEFAULT_LIMIT = 100;

export class CdcListRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'data.next_cursor of the previous page; omit to start at the org\'s first event. Opaque: store it and send it back.' })
  @IsOptional() @IsString() @MaxLength(1024)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Alias of cursor for generic list clients (data.next_token of the previous page).' })
  @IsOptional() @IsString() @MaxLength(1024)
  next_token?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: CDC_MAX_LIMIT, default: CDC_DEFAULT_LIMIT })
  @IsOptional() @IsInt() @Min(1) @Max(CDC_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ example: 'scm', description: 'Only events of this service.' })
  @IsOptional() @IsString() @Matches(/^[a-z][a-z0-9]{0,31}$/)
  service?: string;

  @ApiPropertyOptional({ example: 'order-', description: 'Only actions starting with this (e.g. order- matches scm.order-placed).' })
  @IsOptional() @IsString() @Matches(/^[a-z0-9-]{1,64}$/)
  action_prefix?: string;
}

export class CdcEvent {
  @ApiProperty({ example: 'evt_…', description: 'Unique per event: deliveries are at-least-once, dedupe on it.' }) event_id!: string;
  @ApiProperty({ example: 'scm.order-placed' }) type!: string;
  @ApiProperty({ example: 'scm' }) service!: string;
  @ApiProperty({ example: 'order-placed' }) action!: string;
  @ApiProperty({ description: 'Log position: strictly increasing in feed order (not necessarily contiguous).' }) position!: number;
  @ApiProperty({ example: 'org_…/scm.order/ord_…', description: 'The aggregate instance (partition key).' }) stream!: string;
  @ApiProperty({ description: 'Revision within the stream: 0, 1, 2, … per aggregate.' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) occurred_at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event data, at its current schema version (see /ipm/event/catalog/list).' }) data!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'event_id, org_guid, orgcode, actor, request_id, trace_id, reason, source_refs, cccode, occurred_at, schema_version, correlation_id, causation_id.' })
  metadata!: Record<string, unknown>;
}
