import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CODE } from './customer.dto';

export class CustomerFlagSetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) customer_id!: string;
  @ApiProperty({ example: 'fraud_suspected', description: 'fraud_suspected, chargeback, vip, do_not_contact, … (a–z, 0–9, _).' })
  @IsString() @Matches(CODE, { message: 'flag_code must be 1–32 of a–z, 0–9 and _, starting with a letter' }) flag_code!: string;
  @ApiProperty({ description: 'Raise (true) or clear (false) the flag.' }) @IsBoolean() active!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) note?: string;
  @ApiPropertyOptional({ description: 'With active: also place a hold (blocks loyalty and gift card redemption until resolved).', default: false })
  @IsOptional() @IsBoolean() place_hold?: boolean;
  @ApiPropertyOptional({ minimum: 0, description: 'Pin to the customer revision you last read (409 when stale).' }) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class CustomerFlagListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) flag_code?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class CustomerFlagDto {
  @ApiProperty() customer_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() flag_code!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class CustomerHoldListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
  @ApiPropertyOptional({ enum: ['open', 'resolved'] }) @IsOptional() @IsIn(['open', 'resolved']) status?: 'open' | 'resolved';
}

export class CustomerHoldResolveRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) hold_id!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) resolution_note?: string;
  @ApiPropertyOptional({ minimum: 0, description: 'Pin to the customer revision you last read (409 when stale).' }) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class CustomerHoldDto {
  @ApiProperty() hold_id!: string;
  @ApiProperty() customer_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status!: string;
  @ApiProperty({ enum: ['flag'] }) hold_kind!: string;
  @ApiProperty({ nullable: true, type: String }) flag_code!: string | null;
  @ApiProperty({ type: [String], example: ['loyalty-redeem', 'giftcard-redeem'] }) blocks!: string[];
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() placed_at!: string;
  @ApiProperty({ nullable: true, type: String }) resolved_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolution_note!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolved_by!: string | null;
}
