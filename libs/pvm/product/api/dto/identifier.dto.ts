import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { IDENTIFIER_TYPES } from '../../identifier/identifier.events';
import { IDENTIFIER_VALUE_INPUT } from '../../shared/codes';
import { ID, PvmProductRevisionField } from './product-common.dto';

const VALUE_MESSAGE = { message: 'value must be 1–128 characters without surrounding spaces' };

export class PvmIdentifierAddRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional({ description: 'When given, the variant must belong to this style.' }) @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
  @ApiProperty({ enum: [...IDENTIFIER_TYPES], description: 'upc, ean, gtin and isbn values must carry a valid GTIN check digit.' }) @IsIn([...IDENTIFIER_TYPES]) type!: string;
  @ApiProperty({ example: 'SKU-123', description: 'Unique per type among live variants of the org (compared case-insensitively).' })
  @IsString() @Matches(IDENTIFIER_VALUE_INPUT, VALUE_MESSAGE) value!: string;
}

export class PvmIdentifierListRequest extends ListRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional({ enum: [...IDENTIFIER_TYPES] }) @IsOptional() @IsIn([...IDENTIFIER_TYPES]) type?: string;
}

export class PvmIdentifierResolveRequest extends BaseRequest {
  @ApiProperty({ enum: [...IDENTIFIER_TYPES] }) @IsIn([...IDENTIFIER_TYPES]) type!: string;
  @ApiProperty() @IsString() @Matches(IDENTIFIER_VALUE_INPUT, VALUE_MESSAGE) value!: string;
}

export class PvmIdentifierHistoryRequest extends ListRequest {
  @ApiProperty({ enum: [...IDENTIFIER_TYPES] }) @IsIn([...IDENTIFIER_TYPES]) type!: string;
  @ApiProperty() @IsString() @Matches(IDENTIFIER_VALUE_INPUT, VALUE_MESSAGE) value!: string;
}

export class PvmIdentifierTransferRequest extends PvmProductRevisionField {
  @ApiProperty({ enum: [...IDENTIFIER_TYPES] }) @IsIn([...IDENTIFIER_TYPES]) type!: string;
  @ApiProperty() @IsString() @Matches(IDENTIFIER_VALUE_INPUT, VALUE_MESSAGE) value!: string;
  @ApiProperty({ description: 'The variant that receives the identifier.' }) @IsString() @Length(ID.min, ID.max) to_variant_id!: string;
}

export class PvmIdentifier {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ example: 'sku:SKU-123' }) identifier_key!: string;
  @ApiProperty() type!: string;
  @ApiProperty() value!: string;
  @ApiProperty({ nullable: true, type: String }) variant_id!: string | null;
  @ApiProperty({ nullable: true, type: String }) style_id!: string | null;
  @ApiProperty({ enum: ['active', 'released'] }) status!: string;
  @ApiProperty({ description: 'The identifier\'s own revision (its transfers); send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
