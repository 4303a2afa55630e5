import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

export class SubscriptionFilter {
  @ApiProperty({ example: 'scm', description: 'Service code (lower case).' }) @IsString() @Matches(/^[a-z][a-z0-9]{1,15}$/) service!: string;
  @ApiPropertyOptional({ example: 'order-', description: 'Action prefix (matches scm.order-placed); empty or absent: every action.' })
  @IsOptional() @IsString() @Matches(/^[a-z0-9-]{0,64}$/) action_prefix?: string;
}

/** Target fields shared by register and update: exactly one of target_url (HTTP) or queue_url (SQS). */
class SubscriptionTargetFields extends BaseRequest {
  @ApiPropertyOptional({ example: 'https://partner.example/g3n-events', description: 'HTTP target (signed POSTs). Give this or queue_url.' })
  @IsOptional() @IsString() @MaxLength(2048) target_url?: string;
  @ApiPropertyOptional({ example: 'https://sqs.us-east-1.amazonaws.com/123456789012/g3n-events', description: 'SQS queue target. Give this or target_url.' })
  @IsOptional() @IsString() @MaxLength(2048) queue_url?: string;
  @ApiPropertyOptional({ example: 'us-east-1', description: 'Queue region; default: read from queue_url.' })
  @IsOptional() @IsString() @Matches(/^[a-z]{2}(-[a-z]+)+-\d$/) queue_region?: string;
  @ApiPropertyOptional({ example: 'https://sqs.us-east-1.amazonaws.com', description: 'SQS-compatible endpoint; default: the region\'s.' })
  @IsOptional() @IsString() @MaxLength(2048) queue_endpoint?: string;
  @ApiPropertyOptional({ example: 'ERP order feed' }) @IsOptional() @IsString() @MaxLength(120) caption?: string;
}

export class SubscriptionRegisterRequest extends SubscriptionTargetFields {
  @ApiProperty({ type: [SubscriptionFilter] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SubscriptionFilter)
  filters!: SubscriptionFilter[];
}

export class SubscriptionUpdateRequest extends SubscriptionTargetFields {
  @ApiProperty() @IsString() @Length(1, 128) subscription_id!: string;
  @ApiPropertyOptional({ type: [SubscriptionFilter] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SubscriptionFilter)
  filters?: SubscriptionFilter[];
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class SubscriptionVerifyRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) subscription_id!: string;
  @ApiProperty({ description: 'The token delivered to the target (verification.verification_token).' }) @IsString() @Length(1, 256) verification_token!: string;
}

export class SubscriptionStatusSetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) subscription_id!: string;
  @ApiProperty({ enum: ['active', 'paused', 'disabled'] }) @IsIn(['active', 'paused', 'disabled']) status!: 'active' | 'paused' | 'disabled';
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class SubscriptionUnregisterRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) subscription_id!: string;
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class SubscriptionIdRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) subscription_id!: string;
}

export class SubscriptionListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['pending_verification', 'active', 'paused', 'disabled', 'unregistered'] })
  @IsOptional() @IsIn(['pending_verification', 'active', 'paused', 'disabled', 'unregistered']) status?: string;
}

export class RbsStatRequest extends BaseRequest {}

export class SubscriptionVerificationView {
  @ApiProperty({ nullable: true, type: String, description: 'When the outstanding token expires (null when none is outstanding).' }) expires_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) last_attempt_at!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['delivered', 'failed'] }) last_outcome!: string | null;
  @ApiProperty({ nullable: true, type: Number }) last_status_code!: number | null;
  @ApiProperty({ nullable: true, type: String }) last_error!: string | null;
}

export class Subscription {
  @ApiProperty() subscription_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ nullable: true, type: String }) orgcode!: string | null;
  @ApiProperty({ nullable: true, type: String }) caption!: string | null;
  @ApiProperty({ enum: ['http', 'sqs'] }) target_type!: string;
  @ApiProperty({ nullable: true, type: String }) target_url!: string | null;
  @ApiProperty({ nullable: true, type: String }) queue_url!: string | null;
  @ApiProperty({ nullable: true, type: String }) queue_region!: string | null;
  @ApiProperty({ nullable: true, type: String }) queue_endpoint!: string | null;
  @ApiProperty({ type: [SubscriptionFilter] }) filters!: SubscriptionFilter[];
  @ApiProperty({ enum: ['pending_verification', 'active', 'paused', 'disabled', 'unregistered'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why the status last changed (e.g. the engine paused after repeated failure).' }) status_note!: string | null;
  @ApiProperty({ description: 'Last 4 characters of the signing secret.' }) secret_last4!: string;
  @ApiProperty({ nullable: true, type: String }) verified_at!: string | null;
  @ApiProperty({ type: SubscriptionVerificationView }) verification!: SubscriptionVerificationView;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class DeliveryResult {
  @ApiProperty({ enum: ['verification', 'test'] }) delivery_reason!: string;
  @ApiProperty({ enum: ['delivered', 'failed'] }) outcome!: string;
  @ApiProperty({ nullable: true, type: Number }) status_code!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() latency_ms!: number;
  @ApiProperty({ description: 'The attempt in the delivery log.' }) attempt_id!: string;
}

export class RbsStatCounts {
  @ApiProperty() subscriptions!: number;
  @ApiProperty() pending_verification!: number;
  @ApiProperty() active!: number;
  @ApiProperty() paused!: number;
  @ApiProperty() disabled!: number;
}

export class RbsStat {
  @ApiProperty({ example: 'rbs' }) service!: string;
  @ApiProperty({ example: 'ok' }) status!: string;
  @ApiProperty({ type: RbsStatCounts }) counts!: RbsStatCounts;
}
