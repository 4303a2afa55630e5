import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { BARCODE_SCHEMES, BARCODE_STATUS_VALUES, ID, PACKAGING_LEVELS, PvmProductRevisionField } from './product-common.dto';

export class PvmBarcodeAddRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional({ description: 'When given, the variant must belong to this style.' }) @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
  @ApiProperty({ example: '012345678905', description: 'GTIN schemes (gtin, upc, ean, itf14) need a valid check digit.' }) @IsString() @Length(1, 128) value!: string;
  @ApiPropertyOptional({ enum: [...BARCODE_SCHEMES], default: 'gtin' }) @IsOptional() @IsIn([...BARCODE_SCHEMES]) scheme?: (typeof BARCODE_SCHEMES)[number];
  @ApiPropertyOptional({ enum: [...PACKAGING_LEVELS], default: 'each' }) @IsOptional() @IsIn([...PACKAGING_LEVELS]) packaging_level?: (typeof PACKAGING_LEVELS)[number];
  @ApiPropertyOptional({ description: 'Make it the variant\'s primary barcode (the first barcode of a variant always is).' }) @IsOptional() @IsBoolean() primary?: boolean;
}

export class PvmBarcodeGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) barcode_id!: string;
}

export class PvmBarcodeListRequest extends ListRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
  @ApiPropertyOptional({ enum: [...BARCODE_STATUS_VALUES] }) @IsOptional() @IsIn([...BARCODE_STATUS_VALUES]) status?: string;
}

export class PvmBarcodeResolveRequest extends BaseRequest {
  @ApiProperty({ example: '012345678905', description: 'A scanned value; GTINs match in any of their 8/12/13/14-digit forms.' }) @IsString() @Length(1, 128) value!: string;
}

export class PvmBarcodeSetPrimaryRequest extends PvmProductRevisionField {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) barcode_id!: string;
}

export class PvmBarcodeStatusRequest extends PvmProductRevisionField {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) barcode_id!: string;
  @ApiProperty({ enum: [...BARCODE_STATUS_VALUES], description: 'active ⇄ inactive; doomed is terminal and frees the value.' })
  @IsIn([...BARCODE_STATUS_VALUES])
  status!: (typeof BARCODE_STATUS_VALUES)[number];
}

export class PvmBarcode {
  @ApiProperty() barcode_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty() value!: string;
  @ApiProperty({ enum: [...BARCODE_SCHEMES] }) scheme!: string;
  @ApiProperty({ enum: [...PACKAGING_LEVELS] }) packaging_level!: string;
  @ApiProperty({ description: 'What uniqueness and resolve compare: a GTIN\'s 14-digit form, else the upper-cased value.' }) key!: string;
  @ApiProperty() primary!: boolean;
  @ApiProperty({ enum: [...BARCODE_STATUS_VALUES] }) status!: string;
  @ApiProperty({ description: 'The variant\'s revision (barcodes live on the variant): send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
