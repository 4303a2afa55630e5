import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { IDENTIFIER_VALUE_INPUT } from '../../shared/codes';
import { ID, PRODUCT_STATUS_VALUES, ProductRecordDto, PvmProductRevisionField } from './product-common.dto';

export class PvmSelection {
  @ApiProperty({ example: 'COLOR' }) @IsString() @Length(1, 64) group_code!: string;
  @ApiProperty({ example: 'RED' }) @IsString() @Length(1, 64) option_code!: string;
}

export class PvmVariantCreateRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) style_id!: string;
  @ApiProperty({ type: [PvmSelection], description: 'Exactly one option per group of the style\'s OGM revision.' })
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PvmSelection)
  selections!: PvmSelection[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
}

export class PvmVariantGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional({ description: 'When given, the variant must belong to this style (404 otherwise).' }) @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
}

export class PvmVariantListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
  @ApiPropertyOptional({ enum: [...PRODUCT_STATUS_VALUES] }) @IsOptional() @IsIn([...PRODUCT_STATUS_VALUES]) status?: string;
  @ApiPropertyOptional({ description: 'Exact SKU.' }) @IsOptional() @IsString() @Length(1, 128) sku?: string;
}

export class PvmVariantUpdateRequest extends PvmProductRevisionField {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional({ description: 'When given, the variant must belong to this style (404 otherwise).' }) @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
  @ApiPropertyOptional({ description: 'The variant\'s SKU; also attached as a `sku` identifier (unique among live variants of the org).', example: 'SKU-123' })
  @IsOptional() @IsString() @Matches(IDENTIFIER_VALUE_INPUT, { message: 'sku must be 1–128 characters without surrounding spaces' })
  sku?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
}

export class PvmVariantStatusRequest extends PvmProductRevisionField {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
  @ApiProperty({ enum: [...PRODUCT_STATUS_VALUES], description: 'draft → active → discontinued (→ active); doomed from any live state frees identifiers, barcodes and the combination.' })
  @IsIn([...PRODUCT_STATUS_VALUES])
  status!: (typeof PRODUCT_STATUS_VALUES)[number];
}

export class PvmVariantIdentifier {
  @ApiProperty() type!: string;
  @ApiProperty() value!: string;
}

export class PvmVariantBarcode {
  @ApiProperty() barcode_id!: string;
  @ApiProperty() value!: string;
  @ApiProperty() scheme!: string;
  @ApiProperty() primary!: boolean;
}

export class PvmVariant extends ProductRecordDto() {
  @ApiProperty() variant_id!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty({ nullable: true, type: String }) sku!: string | null;
  @ApiProperty({ nullable: true, type: String }) caption!: string | null;
  @ApiProperty({ enum: [...PRODUCT_STATUS_VALUES], description: 'Sellable when active.' }) status!: string;
  @ApiProperty({ type: [PvmSelection] }) selections!: PvmSelection[];
  @ApiProperty({ example: 'COLOR=RED|SIZE=M' }) combination_key!: string;
  @ApiProperty({ type: [PvmVariantIdentifier] }) identifiers!: PvmVariantIdentifier[];
  @ApiProperty({ type: [PvmVariantBarcode], description: 'Active barcodes.' }) barcodes!: PvmVariantBarcode[];
}
