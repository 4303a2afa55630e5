import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

const MAX_TTL = 30 * 24 * 3600;

/** Reservation create: a new hold on available units. */
export class IcsReservationCreateRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) logical_guid!: string;
  @ApiProperty() @IsString() @Length(1, 64) variant_id!: string;
  @ApiProperty({ minimum: 1, example: 2 }) @IsInt() @Min(1) @Max(1_000_000_000) qty!: number;
  @ApiPropertyOptional({ description: 'Seconds until /reservation/expire may expire it (default 1800).', minimum: 1, maximum: MAX_TTL })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_TTL)
  ttl_seconds?: number;
}

/**
 * Allocation/commit create: advance the hold `hold_id` (reserved → allocated → committed), or, without a hold_id,
 * take `qty` straight from available at logical_guid × variant_id.
 */
export class IcsHoldAdvanceRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'The hold to advance; omit to create a new hold from available.' }) @IsOptional() @IsString() @Length(1, 200) hold_id?: string;
  @ApiPropertyOptional({ description: 'Required without hold_id.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ description: 'Required without hold_id.' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional({ minimum: 1, description: 'Required without hold_id; ignored with one (the whole hold moves).' }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000_000) qty?: number;
  @ApiPropertyOptional({ description: 'Allocations only: seconds until /allocation/expire may expire it (default: never).', minimum: 1, maximum: MAX_TTL })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_TTL)
  ttl_seconds?: number;
}

export class IcsHoldReleaseRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 200) hold_id!: string;
  @ApiPropertyOptional({ description: 'With variant_id, skips the hold lookup.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
}

export class IcsHoldExpireRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Only holds at this logical facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ description: 'Only holds on this variant.' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional({ description: 'At most this many holds per call (default 100).', minimum: 1, maximum: 200 }) @IsOptional() @IsInt() @Min(1) @Max(200) limit?: number;
}

export class HoldDto {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ example: 'hold_1f2e…', description: 'SCM order lines use ord:<order_id>:<line_id>.' }) hold_id!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ enum: ['reserved', 'allocated', 'committed'] }) stage!: string;
  @ApiProperty({ enum: ['open', 'released', 'expired', 'shipped'] }) status!: string;
  @ApiProperty() qty!: number;
  @ApiPropertyOptional({ nullable: true }) expires_at!: string | null;
  @ApiProperty() source!: Record<string, unknown>;
  @ApiProperty({ description: 'Stock stream revision at the hold\'s last change.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
