import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

export const CODE = /^[a-z][a-z0-9_]{0,31}$/;
const codeMessage = { message: '$property must be 1–32 of a–z, 0–9 and _, starting with a letter' };

export class CustomerInput {
  @ApiPropertyOptional({ example: 'cust@example.com', description: 'Unique per org (compared lower case).' }) @IsOptional() @IsString() @Length(3, 254) email?: string;
  @ApiPropertyOptional({ example: '+1 555 123 4567', description: 'Stored as digits with an optional leading +.' }) @IsOptional() @IsString() @Length(7, 32) phone?: string;
  @ApiPropertyOptional({ example: 'Jane Doe' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) given_name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) family_name?: string;
  @ApiPropertyOptional({ description: 'The customer\'s id in another system (ecommerce, POS).' }) @IsOptional() @IsString() @Length(1, 128) external_ref?: string;
}

export class CustomerCreateRequest extends BaseRequest {
  @ApiProperty({ type: CustomerInput, description: 'At least one of email, phone or caption.' })
  @IsObject() @ValidateNested() @Type(() => CustomerInput)
  customer!: CustomerInput;
}

export class CustomerGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) customer_id!: string;
}

export class CustomerListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active'] }) @IsOptional() @IsIn(['active']) status?: 'active';
}

export class CustomerSearchRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Exact email (case-insensitive).' }) @IsOptional() @IsString() @Length(3, 254) email?: string;
  @ApiPropertyOptional({ description: 'Exact phone (formatting ignored).' }) @IsOptional() @IsString() @Length(7, 32) phone?: string;
  @ApiPropertyOptional({ description: 'Caption starts with this (case-insensitive).' }) @IsOptional() @IsString() @Length(1, 200) name_prefix?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) external_ref?: string;
}

export class CustomerDto {
  @ApiProperty() customer_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: ['active'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) caption!: string | null;
  @ApiProperty({ nullable: true, type: String }) given_name!: string | null;
  @ApiProperty({ nullable: true, type: String }) family_name!: string | null;
  @ApiProperty({ nullable: true, type: String }) external_ref!: string | null;
  @ApiProperty({ type: [String], description: 'Active flag codes.' }) flags!: string[];
  @ApiProperty({ type: [String] }) open_hold_ids!: string[];
  @ApiProperty({ description: 'True while a hold is open: loyalty and gift card redemption are refused.' }) on_hold!: boolean;
  @ApiProperty() loyalty_balance!: number;
  @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class ConsentEntryDto {
  @ApiProperty() purpose!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() granted!: boolean;
  @ApiProperty() updated_at!: string;
}

export class ConsentHistoryDto {
  @ApiProperty() purpose!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() granted!: boolean;
  @ApiProperty({ nullable: true, type: Boolean }) previous!: boolean | null;
  @ApiProperty() captured_at!: string;
  @ApiProperty({ nullable: true, type: String }) capture_source!: string | null;
  @ApiProperty({ nullable: true, type: String }) actor!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class CustomerConsentDto {
  @ApiProperty() customer_id!: string;
  @ApiProperty({ description: 'The customer record\'s revision.' }) revision!: number;
  @ApiProperty({ type: [ConsentEntryDto], description: 'Current consent per purpose and channel (absent: never asked, treat as not granted).' }) consents!: ConsentEntryDto[];
  @ApiProperty({ type: [ConsentHistoryDto], description: 'Every change, oldest first.' }) history!: ConsentHistoryDto[];
}

export class CustomerConsentSetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) customer_id!: string;
  @ApiProperty({ example: 'marketing', description: 'marketing, analytics, profiling, third_party_sharing, … (a–z, 0–9, _).' }) @IsString() @Matches(CODE, codeMessage) purpose!: string;
  @ApiProperty({ example: 'email', description: 'email, sms, push, phone, mail, any, …' }) @IsString() @Matches(CODE, codeMessage) channel!: string;
  @ApiProperty() @IsBoolean() granted!: boolean;
  @ApiPropertyOptional({ example: 'checkout-form', description: 'Where the consent was captured.' }) @IsOptional() @IsString() @Length(1, 100) capture_source?: string;
  @ApiPropertyOptional({ description: 'Pin to the customer revision you last read (409 when stale).', minimum: 0 }) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class CustomerConsentGetRequest extends CustomerGetRequest {}
