import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, Length, Max, Min, NotEquals, ValidateIf } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

const MAX_POINTS = 100_000_000;

class CustomerRef extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) customer_id!: string;
}

export class LoyaltyEarnRequest extends CustomerRef {
  @ApiProperty({ example: 100, minimum: 1 }) @IsInt() @Min(1) @Max(MAX_POINTS) points!: number;
  @ApiPropertyOptional({ description: 'When these points expire; default from the policy\'s expiry_days (none: never).' }) @IsOptional() @IsISO8601({ strict: true }) expires_at?: string;
}

export class LoyaltyRedeemRequest extends CustomerRef {
  @ApiProperty({ example: 50, minimum: 1 }) @IsInt() @Min(1) @Max(MAX_POINTS) points!: number;
}

export class LoyaltyAdjustRequest extends CustomerRef {
  @ApiProperty({ example: -10, description: 'Signed, not zero: positive adds a lot (policy expiry), negative removes soonest-expiring points first.' })
  @IsInt() @NotEquals(0) @Min(-MAX_POINTS) @Max(MAX_POINTS) points!: number;
}

export class LoyaltyReverseRequest extends BaseRequest {
  @ApiProperty({ description: 'The earn, redeem or adjustment to reverse (once only).' }) @IsString() @Length(1, 128) loyalty_txn_id!: string;
}

export class LoyaltyRestoreRequest extends BaseRequest {
  @ApiProperty({ description: 'The reversal to undo.' }) @IsString() @Length(1, 128) loyalty_txn_id!: string;
}

export class LoyaltyExpireRequest extends CustomerRef {
  @ApiPropertyOptional({ description: 'Expire lots whose expiry is at or before this (default: now; never in the future).' }) @IsOptional() @IsISO8601({ strict: true }) as_of?: string;
}

export class LoyaltyTxnDto {
  @ApiProperty() loyalty_txn_id!: string;
  @ApiProperty() customer_id!: string;
  @ApiProperty({ enum: ['earn', 'redeem', 'adjust', 'reverse', 'restore', 'expire'] }) kind!: string;
  @ApiProperty({ description: 'Signed change to the balance.' }) points_delta!: number;
  @ApiProperty() balance_after!: number;
  @ApiProperty({ enum: ['posted', 'reversed', 'restored'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'reverse: the transaction reversed; restore: the reversal undone.' }) reverses_txn_id!: string | null;
  @ApiProperty({ nullable: true, type: String }) reversed_by_txn_id!: string | null;
  @ApiProperty({ nullable: true, type: String }) expires_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) order_id!: string | null;
  @ApiProperty({ description: 'The loyalty account\'s revision after this transaction.' }) account_revision!: number;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty() created_at!: string;
}

export class LoyaltyExpireDto {
  @ApiProperty() customer_id!: string;
  @ApiProperty() expired_points!: number;
  @ApiProperty() balance!: number;
  @ApiProperty({ type: LoyaltyTxnDto, nullable: true }) loyalty_txn!: LoyaltyTxnDto | null;
}

export class LoyaltyPolicySetRequest extends BaseRequest {
  @ApiProperty({ example: 1, description: 'Points per major currency unit (up to 4 decimals).' }) @IsNumber({ maxDecimalPlaces: 4 }) @Min(0) @Max(10_000) points_per_unit!: number;
  @ApiProperty({ enum: ['floor', 'round', 'ceil'] }) @IsIn(['floor', 'round', 'ceil']) rounding!: 'floor' | 'round' | 'ceil';
  @ApiProperty({ nullable: true, type: Number, example: 365, description: 'Days earned points live; null: never expire.' })
  @ValidateIf((o) => o.expiry_days !== null) @IsInt() @Min(1) @Max(36_500) expiry_days!: number | null;
  @ApiProperty({ description: 'Earn points automatically when an order with a customer is settled.' }) @IsBoolean() earn_on_settled_orders!: boolean;
  @ApiPropertyOptional({ minimum: 0, description: 'Pin to the policy revision you last read (409 when stale).' }) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class LoyaltyPolicyGetRequest extends BaseRequest {}

export class LoyaltyPolicyDto {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ description: 'False until the org sets a policy: the defaults shown apply (nothing is earned automatically).' }) configured!: boolean;
  @ApiProperty() points_per_unit!: number;
  @ApiProperty({ enum: ['floor', 'round', 'ceil'] }) rounding!: string;
  @ApiProperty({ nullable: true, type: Number }) expiry_days!: number | null;
  @ApiProperty() earn_on_settled_orders!: boolean;
  @ApiProperty({ nullable: true, type: Number }) revision!: number | null;
  @ApiProperty({ nullable: true, type: String }) updated_at!: string | null;
}
