import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { channelCodeProperty, IsChannelCode, RecordMetaDto, revisionProperty } from './common.dto';

const id = () => Length(1, 128);

export class PublishRunStartRequest extends BaseRequest {
  @ApiProperty(channelCodeProperty) @IsString() @IsChannelCode() channel_code!: string;
  @ApiPropertyOptional({ description: 'Selector: every variant of this style. Send at most one selector; none means every variant of the org.' })
  @IsOptional() @IsString() @id() style_id?: string;
  @ApiPropertyOptional({ description: 'Selector: this one variant.' }) @IsOptional() @IsString() @id() variant_id?: string;
  @ApiPropertyOptional({ description: 'Selector: every variant of the styles in this category.' }) @IsOptional() @IsString() @id() category_id?: string;
  @ApiPropertyOptional({ description: 'Selector: every variant of the styles of this brand.' }) @IsOptional() @IsString() @id() brand_id?: string;
  @ApiPropertyOptional({ default: true, description: 'True: each revision the run publishes goes online at once. False: revisions are staged; use /product/online/set or /product/pointer/set.' })
  @IsOptional() @IsBoolean()
  set_online?: boolean;
}

export class PublishRunGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @id() run_id!: string;
}

export class PublishRunStepRequest extends BaseRequest {
  @ApiProperty() @IsString() @id() run_id!: string;
  @ApiProperty(revisionProperty) @IsInt() @Min(0) expected_revision!: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: 'Publish up to this many pending variants.' })
  @IsOptional() @IsInt() @Min(1) @Max(200)
  limit?: number;
}

export class PublishRunCancelRequest extends BaseRequest {
  @ApiProperty() @IsString() @id() run_id!: string;
  @ApiProperty(revisionProperty) @IsInt() @Min(0) expected_revision!: number;
}

export class RunSelectorDto {
  @ApiProperty({ type: String, nullable: true }) style_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) variant_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) category_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) brand_id!: string | null;
}

export class RunProfileDto {
  @ApiProperty() required_sku!: boolean;
  @ApiProperty({ type: [String] }) required_identifier_types!: string[];
  @ApiProperty({ description: 'The publish profile revision the run applied.' }) profile_revision!: number;
}

export class RunItemDto {
  @ApiProperty() variant_id!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty({ example: 'prd:web:var_1' }) product_id!: string;
  @ApiProperty({ type: String, nullable: true }) sku!: string | null;
  @ApiProperty({ enum: ['pending', 'published'] }) state!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The product revision this run published.' }) product_rev!: number | null;
}

export class IneligibleVariantDto {
  @ApiProperty() variant_id!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty({ type: [String], example: ['sku-missing', 'identifier-missing:gtin'] }) reasons!: string[];
}

export class RunCountsDto {
  @ApiProperty() eligible!: number;
  @ApiProperty() published!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() ineligible!: number;
}

export class PublishRunDto extends RecordMetaDto() {
  @ApiProperty() run_id!: string;
  @ApiProperty({ example: 'web' }) channel_code!: string;
  @ApiProperty() channel_guid!: string;
  @ApiProperty({ type: RunSelectorDto }) selector!: RunSelectorDto;
  @ApiProperty() set_online!: boolean;
  @ApiProperty({ type: RunProfileDto }) profile!: RunProfileDto;
  @ApiProperty({ enum: ['pending', 'running', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [RunItemDto] }) items!: RunItemDto[];
  @ApiProperty({ type: [IneligibleVariantDto] }) ineligible!: IneligibleVariantDto[];
  @ApiProperty({ type: RunCountsDto }) counts!: RunCountsDto;
  @ApiProperty({ type: String, nullable: true }) completed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelled_at!: string | null;
}
