import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { channelCodeProperty, IsChannelCode, RecordMetaDto, revisionProperty, VariantSnapshotDto } from './common.dto';

const productIdProperty = { example: 'prd:web:var_1', description: 'A product is a variant on a channel: `prd:<channel_code>:<variant_id>`.' };
const ONLINE_STATES = ['online', 'offline'];

export class ProductIdRequest extends BaseRequest {
  @ApiProperty(productIdProperty) @IsString() @Length(1, 200) product_id!: string;
}

export class ProductGetRequest extends ProductIdRequest {}
export class ProductPointerGetRequest extends ProductIdRequest {}

export class ProductListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) variant_id?: string;
  @ApiPropertyOptional(channelCodeProperty) @IsOptional() @IsString() @IsChannelCode() channel_code?: string;
  @ApiPropertyOptional({ enum: ONLINE_STATES }) @IsOptional() @IsIn(ONLINE_STATES) online_state?: 'online' | 'offline';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) style_id?: string;
}

export class ProductSearchRequest extends ListRequest {
  @ApiPropertyOptional(channelCodeProperty) @IsOptional() @IsString() @IsChannelCode() channel_code?: string;
  @ApiPropertyOptional({ enum: ONLINE_STATES }) @IsOptional() @IsIn(ONLINE_STATES) online_state?: 'online' | 'offline';
  @ApiPropertyOptional({ description: 'Exact SKU.' }) @IsOptional() @IsString() @Length(1, 128) sku?: string;
  @ApiPropertyOptional({ description: 'SKUs starting with this (case-sensitive).' }) @IsOptional() @IsString() @Length(1, 128) sku_prefix?: string;
  @ApiPropertyOptional({ example: 'gtin', description: 'With identifier_value: products carrying this identifier (or barcode scheme).' })
  @IsOptional() @IsString() @Length(1, 32) identifier_type?: string;
  @ApiPropertyOptional({ example: '012345678905' }) @IsOptional() @IsString() @Length(1, 128) identifier_value?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) style_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) category_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) brand_id?: string;
}

export class ProductRevisionListRequest extends ListRequest {
  @ApiProperty(productIdProperty) @IsString() @Length(1, 200) product_id!: string;
}

export class ProductOnlineSetRequest extends ProductIdRequest {
  @ApiPropertyOptional({ minimum: 1, description: 'The revision to put online; default the latest.' }) @IsOptional() @IsInt() @Min(1) product_rev?: number;
  @ApiProperty(revisionProperty) @IsInt() @Min(0) expected_revision!: number;
}

export class ProductOnlineClearRequest extends ProductIdRequest {
  @ApiProperty(revisionProperty) @IsInt() @Min(0) expected_revision!: number;
}

export class ProductPointerSetRequest extends ProductIdRequest {
  @ApiProperty({ minimum: 1, description: 'The existing revision the online pointer moves to.' }) @IsInt() @Min(1) product_rev!: number;
  @ApiProperty(revisionProperty) @IsInt() @Min(0) expected_revision!: number;
}

export class ProductPointerClearRequest extends ProductIdRequest {
  @ApiProperty(revisionProperty) @IsInt() @Min(0) expected_revision!: number;
}

export class ProductDto extends RecordMetaDto() {
  @ApiProperty(productIdProperty) product_id!: string;
  @ApiProperty({ example: 'web' }) channel_code!: string;
  @ApiProperty() channel_guid!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'From the latest revision (as style_code, category_id, brand_id).' }) sku!: string | null;
  @ApiProperty({ type: String, nullable: true }) style_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) category_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) brand_id!: string | null;
  @ApiProperty({ type: [String], example: ['sku:SKU-123', 'gtin:012345678905'] }) identifier_keys!: string[];
  @ApiProperty({ description: 'The newest revision (1-based).' }) latest_rev!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The one online revision; null while offline.' }) online_rev!: number | null;
  @ApiProperty({ enum: ONLINE_STATES }) online_state!: string;
  @ApiProperty() last_run_id!: string;
  @ApiProperty() published_at!: string;
  @ApiProperty({ type: String, nullable: true }) online_changed_at!: string | null;
}

export class ProductRevisionDto extends RecordMetaDto() {
  @ApiProperty(productIdProperty) product_id!: string;
  @ApiProperty() channel_code!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() product_rev!: number;
  @ApiProperty({ description: 'The run that published it.' }) run_id!: string;
  @ApiProperty({ description: 'True for the one online revision.' }) online!: boolean;
  @ApiProperty() published_at!: string;
  @ApiProperty({ type: VariantSnapshotDto }) snapshot!: VariantSnapshotDto;
}

export class ProductPointerDto {
  @ApiProperty(productIdProperty) product_id!: string;
  @ApiProperty() channel_code!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ enum: ONLINE_STATES }) online_state!: string;
  @ApiProperty({ type: Number, nullable: true }) online_rev!: number | null;
  @ApiProperty() latest_rev!: number;
  @ApiProperty({ description: 'The product\'s stream revision: send it back as expected_revision.' }) revision!: number;
  @ApiProperty({ type: ProductRevisionDto, nullable: true, description: 'The online revision with its snapshot; null while offline.' }) online_revision!: ProductRevisionDto | null;
}
