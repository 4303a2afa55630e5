import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

const CURRENCY = /^[A-Z]{3}$/;

export class StoredValueIssueRequest extends BaseRequest {
  @ApiProperty({ example: 5000, description: 'Initial balance in minor units.' }) @IsInt() @Min(1) @Max(100_000_000) amount_minor!: number;
  @ApiProperty({ example: 'USD' }) @IsString() @Matches(CURRENCY, { message: 'currency must be an ISO 4217 code (3 upper-case letters)' }) currency!: string;
  @ApiPropertyOptional({ description: 'Your own code (8–32 letters and digits; spaces and dashes ignored); default: 16 random characters. Shown in this response only.' })
  @IsOptional() @IsString() @Length(8, 64) code?: string;
  @ApiPropertyOptional({ description: 'The customer the card belongs to (their holds then block its redemption).' }) @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
}

export class StoredValueRedeemRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'The card, by id (or give code).' }) @IsOptional() @IsString() @Length(1, 64) giftcard_id?: string;
  @ApiPropertyOptional({ description: 'The card, by the code presented (or give giftcard_id).' }) @IsOptional() @IsString() @Length(8, 64) code?: string;
  @ApiProperty({ example: 2000 }) @IsInt() @Min(1) @Max(100_000_000) amount_minor!: number;
  @ApiProperty({ example: 'USD' }) @IsString() @Matches(CURRENCY, { message: 'currency must be an ISO 4217 code (3 upper-case letters)' }) currency!: string;
  @ApiPropertyOptional({ description: 'The customer redeeming (their holds block it).' }) @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
}

export class MoneyDto {
  @ApiProperty() amount_minor!: number;
  @ApiProperty() currency!: string;
}

export class StoredValueDto {
  @ApiProperty() giftcard_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiPropertyOptional({ description: 'The full code: in the issue response only, never again.' }) code?: string;
  @ApiProperty({ example: '****-****-****-WXYZ' }) masked_code!: string;
  @ApiProperty() code_last4!: string;
  @ApiProperty({ nullable: true, type: String }) customer_id!: string | null;
  @ApiProperty({ type: MoneyDto }) initial!: MoneyDto;
  @ApiProperty({ type: MoneyDto }) balance!: MoneyDto;
  @ApiProperty({ enum: ['active', 'depleted'] }) status!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class StoredValueRedemptionDto {
  @ApiProperty() redemption_id!: string;
  @ApiProperty() amount_minor!: number;
  @ApiProperty() currency!: string;
  @ApiProperty() balance_after_minor!: number;
}
