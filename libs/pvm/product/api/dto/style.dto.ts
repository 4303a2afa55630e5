import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { STYLE_CODE_INPUT, STYLE_CODE_MESSAGE } from '../../shared/codes';
import { ID, PRODUCT_STATUS_VALUES, ProductRecordDto, PvmProductRevisionField } from './product-common.dto';

export class PvmStyleCreateRequest extends BaseRequest {
  @ApiProperty({ description: 'Unique per org among live styles; 1–64 of A–Z 0–9 _ - . (stored upper case).', example: 'TEE' })
  @IsString() @Matches(STYLE_CODE_INPUT, { message: `code ${STYLE_CODE_MESSAGE}` })
  code!: string;

  @ApiPropertyOptional({ description: 'Defaults to the code.', example: 'Classic tee' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 4000) description?: string;
  @ApiProperty({ description: 'An active category of the org (PVM taxonomy).' }) @IsString() @Length(ID.min, ID.max) category_id!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) brand_id?: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @Length(ID.min, ID.max, { each: true }) vendor_ids!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @Length(ID.min, ID.max, { each: true }) manufacturer_ids!: string[];
  @ApiProperty({ description: 'One of vendor_ids; verified or active.' }) @IsString() @Length(ID.min, ID.max) primary_vendor_id!: string;
  @ApiProperty({ description: 'One of manufacturer_ids; verified or active.' }) @IsString() @Length(ID.min, ID.max) primary_manufacturer_id!: string;
  @ApiProperty({ description: 'The option-group map whose revision the style pins.' }) @IsString() @Length(ID.min, ID.max) ogm_id!: string;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) ogm_rev!: number;
}

export class PvmStyleGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) style_id!: string;
}

export class PvmStyleUpdateRequest extends PvmProductRevisionField {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) style_id!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 4000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) category_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) brand_id?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) vendor_ids?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) manufacturer_ids?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) primary_vendor_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(ID.min, ID.max) primary_manufacturer_id?: string;
}

export class PvmStyleStatusRequest extends PvmProductRevisionField {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) style_id!: string;
  @ApiProperty({ enum: [...PRODUCT_STATUS_VALUES], description: 'active ⇄ discontinued; doomed (terminal) once no variant is live.' })
  @IsIn([...PRODUCT_STATUS_VALUES])
  status!: (typeof PRODUCT_STATUS_VALUES)[number];
}

export class PvmStyle extends ProductRecordDto() {
  @ApiProperty() style_id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty() category_id!: string;
  @ApiProperty({ nullable: true, type: String }) brand_id!: string | null;
  @ApiProperty({ enum: [...PRODUCT_STATUS_VALUES] }) status!: string;
  @ApiProperty() ogm_id!: string;
  @ApiProperty() ogm_rev!: number;
  @ApiProperty({ type: [String] }) vendor_ids!: string[];
  @ApiProperty({ type: [String] }) manufacturer_ids!: string[];
  @ApiProperty() primary_vendor_id!: string;
  @ApiProperty() primary_manufacturer_id!: string;
}
