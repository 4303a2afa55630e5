import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

const SERVICE = /^[a-z][a-z0-9]{1,15}$/;
const ACTION_PREFIX = /^[a-z0-9-]{0,64}$/;
const STATUSES = ['active', 'paused', 'disabled'] as const;

export class WebhookFilterInput {
  @ApiProperty({ example: 'scm', description: 'Service code whose events are delivered.' }) @IsString() @Matches(SERVICE, { message: 'service must be a service code (a–z, 0–9)' }) service!: string;
  @ApiPropertyOptional({ example: 'order-', description: 'Only actions starting with this (kebab-case); empty or absent: every action of the service.' })
  @IsOptional() @IsString() @Matches(ACTION_PREFIX, { message: 'action_prefix must be kebab-case (a–z, 0–9, -)' }) action_prefix?: string;
}

export class WebhookInput {
  @ApiProperty({ example: 'https://example.com/webhook', description: 'Receives signed POSTs (Standard Webhooks). http(s) only; private addresses refused unless the deployment allows them.' })
  @IsString() @Length(8, 2048) target_url!: string;
  @ApiProperty({ type: [WebhookFilterInput], description: '1–20 filters; an event is delivered when it matches any.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => WebhookFilterInput) filters!: WebhookFilterInput[];
  @ApiPropertyOptional({ example: 'ERP order sync' }) @IsOptional() @IsString() @Length(1, 200) description?: string;
}

export class WebhookCreateRequest extends BaseRequest {
  @ApiProperty({ type: WebhookInput }) @IsObject() @ValidateNested() @Type(() => WebhookInput) webhook!: WebhookInput;
}

export class WebhookGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) webhook_id!: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'How many recent delivery attempts to include.' })
  @IsOptional() @IsInt() @Min(1) attempts_limit?: number;
}

export class WebhookListRequest extends ListRequest {
  @ApiPropertyOptional({ example: 'scm', description: 'Webhooks with a filter on this service.' }) @IsOptional() @IsString() @Matches(SERVICE) service?: string;
  @ApiPropertyOptional({ example: 'order-', description: 'With service: webhooks with exactly this filter (service + action_prefix).' })
  @IsOptional() @IsString() @Matches(ACTION_PREFIX) action_prefix?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];
}

export class WebhookStatusSetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) webhook_id!: string;
  @ApiProperty({ enum: STATUSES, description: 'active resumes delivery from the first undelivered event; paused keeps its place; disabled stops.' })
  @IsIn(STATUSES) status!: (typeof STATUSES)[number];
  @ApiProperty({ minimum: 0, description: 'The webhook revision you last read (409 when stale).' }) @IsInt() @Min(0) expected_revision!: number;
}

export class WebhookReplayRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) webhook_id!: string;
  @ApiPropertyOptional({ minimum: 0, description: 'First log position to send again (inclusive). Give a range or event_ids.' }) @IsOptional() @IsInt() @Min(0) from_position?: number;
  @ApiPropertyOptional({ minimum: 0, description: 'Last log position (inclusive); default: the current end.' }) @IsOptional() @IsInt() @Min(0) to_position?: number;
  @ApiPropertyOptional({ type: [String], description: 'Exactly these events (1–100 event_ids), in log order.' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsString({ each: true }) event_ids?: string[];
}

export class WebhookFilterDto {
  @ApiProperty() service!: string;
  @ApiPropertyOptional() action_prefix?: string;
}

export class DeliveryAttemptDto {
  @ApiProperty() attempt_id!: string;
  @ApiProperty() event_id!: string;
  @ApiProperty() event_type!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ['live', 'retry', 'replay', 'test', 'verification'] }) delivery_reason!: string;
  @ApiProperty({ description: '1 for the first try of an event, +1 per retry.' }) attempt!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Receiver\'s HTTP status; null when it could not be reached.' }) status_code!: number | null;
  @ApiProperty() latency_ms!: number;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() at!: string;
}

export class WebhookDto {
  @ApiProperty() webhook_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() target_url!: string;
  @ApiProperty({ type: [WebhookFilterDto] }) filters!: WebhookFilterDto[];
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was last paused or disabled.' }) status_reason!: string | null;
  @ApiProperty({ description: 'Last 4 characters of the signing secret (the secret is shown only once, at create).' }) secret_last4!: string;
  @ApiProperty({ description: 'Log position of its creation: live delivery covers events after it.' }) start_after!: number;
  @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
  @ApiPropertyOptional({ type: [DeliveryAttemptDto], description: 'get only: the most recent delivery attempts, newest first.' }) recent_attempts?: DeliveryAttemptDto[];
}

export class WebhookReplayResultDto {
  @ApiProperty() webhook_id!: string;
  @ApiProperty({ description: 'Events the receiver accepted (2xx).' }) delivered!: number;
  @ApiProperty({ description: 'Events it did not accept (see the delivery log; replay does not retry).' }) failed!: number;
  @ApiProperty({ type: [String] }) event_ids!: string[];
  @ApiProperty({ description: 'True when more than 1000 events matched: replay again from last_position + 1.' }) truncated!: boolean;
  @ApiProperty({ nullable: true, type: Number }) last_position!: number | null;
}
