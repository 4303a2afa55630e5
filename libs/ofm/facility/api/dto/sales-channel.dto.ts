import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CHANNEL_CODE_INPUT } from '../../shared/facility-formats';
import { RecordMetaDto, StatusFields } from './facility-common.dto';
import { IsBcp47Locale, IsIsoCountry, IsIsoCurrency } from './facility-validators';

const channelCodeMessage = { message: 'channel_code must be 2–32 characters of a-z, 0-9, _ and -, starting with a letter or digit' };

class SalesChannelFields extends BaseRequest {
  @ApiPropertyOptional({ example: 'US Web' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional({ example: 'en-US', description: 'One of locale_codes.' }) @IsOptional() @IsBcp47Locale() default_locale_code?: string;
  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217.' }) @IsOptional() @IsIsoCurrency() default_currency?: string;
  @ApiPropertyOptional({ description: 'An active logical facility that serves the channel.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
}

export class SalesChannelCreateRequest extends SalesChannelFields {
  @ApiProperty({ example: 'web', description: 'Unique per org; 2–32 of a–z 0–9 _ - (sent upper case, stored lower case). Never changes.' })
  @IsString() @Matches(CHANNEL_CODE_INPUT, channelCodeMessage)
  channel_code!: string;
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2 market.' }) @IsIsoCountry() market_code!: string;
  @ApiProperty({ type: [String], example: ['en-US'], description: 'BCP 47 tags (stored canonical, duplicates dropped).' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsBcp47Locale({ each: true })
  locale_codes!: string[];
}

export class SalesChannelGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) channel_guid!: string;
}

export class SalesChannelListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'inactive'] }) @IsOptional() @IsIn(['active', 'inactive']) status?: 'active' | 'inactive';
  @ApiPropertyOptional({ example: 'US' }) @IsOptional() @IsIsoCountry() market_code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
}

export class SalesChannelUpdateRequest extends SalesChannelFields {
  @ApiProperty() @IsString() @Length(1, 64) channel_guid!: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
  @ApiPropertyOptional({ example: 'US' }) @IsOptional() @IsIsoCountry() market_code?: string;
  @ApiPropertyOptional({ type: [String], example: ['en-US'], description: 'Replaces the whole list.' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsBcp47Locale({ each: true })
  locale_codes?: string[];
}

export class SalesChannelStatusRequest extends StatusFields() {
  @ApiProperty() @IsString() @Length(1, 64) channel_guid!: string;
}

export class SalesChannelResolveRequest extends BaseRequest {
  @ApiProperty({ example: 'web' }) @IsString() @Matches(CHANNEL_CODE_INPUT, channelCodeMessage) channel_code!: string;
}

export class SalesChannelConfigPresignRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) channel_guid!: string;
  @ApiPropertyOptional({ minimum: 0, description: 'Optional: when sent, the presign is refused (409) if the channel moved on.' })
  @IsOptional() @IsInt() @Min(0) expected_revision?: number;
  @ApiPropertyOptional({ minimum: 60, maximum: 3600, default: 900, description: 'Lifetime of the upload URL.' })
  @IsOptional() @IsInt() @Min(60) @Max(3600) expires_in_seconds?: number;
}

export class SalesChannelConfigCompleteRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) channel_guid!: string;
  @ApiPropertyOptional({ minimum: 1, description: 'The version presign returned (or send config_s3_key).' }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional({ description: 'The key presign returned (or send version).' }) @IsOptional() @IsString() @Length(1, 1024) config_s3_key?: string;
  @ApiPropertyOptional({ minimum: 0, description: 'Optional: when sent, completion is refused (409) if the channel moved on.' })
  @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class SalesChannelDto extends RecordMetaDto() {
  @ApiProperty() channel_guid!: string;
  @ApiProperty({ example: 'web' }) channel_code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ example: 'US' }) market_code!: string;
  @ApiProperty({ type: [String] }) locale_codes!: string[];
  @ApiProperty({ type: String, nullable: true }) default_locale_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) default_currency!: string | null;
  @ApiProperty({ type: String, nullable: true }) logical_guid!: string | null;
  @ApiProperty({ type: Number, nullable: true }) config_version!: number | null;
  @ApiProperty({ type: String, nullable: true }) config_s3_key!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null on the embedded file store.' }) config_s3_bucket!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Always null: every config version has its own key.' }) config_s3_version_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) config_etag!: string | null;
  @ApiProperty({ type: Number, nullable: true }) config_size!: number | null;
  @ApiProperty({ type: String, nullable: true }) config_completed_at!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'A presigned version not completed yet.' }) config_pending_version!: number | null;
}

export class ConfigUploadDto {
  @ApiProperty() channel_guid!: string;
  @ApiProperty({ description: 'PUT the JSON file here, with `headers`.' }) upload_url!: string;
  @ApiProperty({ enum: ['PUT'] }) method!: 'PUT';
  @ApiProperty({ description: 'Blob key of this version (also accepted by complete as config_s3_key).' }) key!: string;
  @ApiProperty() version!: number;
  @ApiProperty() expires_at!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { 'content-type': 'application/json' } }) headers!: Record<string, string>;
  @ApiProperty({ description: 'The channel\'s revision after the presign.' }) revision!: number;
}
