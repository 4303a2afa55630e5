import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { channelCodeProperty, IsChannelCode, RecordMetaDto, revisionProperty } from './common.dto';

export class PublishProfileSetRequest extends BaseRequest {
  @ApiProperty(channelCodeProperty) @IsString() @IsChannelCode() channel_code!: string;

  @ApiPropertyOptional({ default: false, description: 'Variants need a SKU to be published on the channel.' })
  @IsOptional() @IsBoolean()
  required_sku?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['sku'], default: [], description: 'Identifier types every published variant must carry (a barcode of that scheme counts; `sku` is also met by the SKU field).' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(/^[A-Za-z0-9_-]{1,32}$/, { each: true, message: 'identifier types are 1–32 of A-Z, a-z, 0-9, _ and -' })
  required_identifier_types?: string[];

  @ApiPropertyOptional({ ...revisionProperty, description: 'Optional: when sent, the set is refused (409) if the profile moved on.' })
  @IsOptional() @IsInt() @Min(0)
  expected_revision?: number;
}

export class PublishProfileGetRequest extends BaseRequest {
  @ApiProperty(channelCodeProperty) @IsString() @IsChannelCode() channel_code!: string;
}

export class PublishProfileDto extends RecordMetaDto() {
  @ApiProperty({ example: 'web' }) channel_code!: string;
  @ApiProperty() channel_guid!: string;
  @ApiProperty() required_sku!: boolean;
  @ApiProperty({ type: [String], example: ['sku'] }) required_identifier_types!: string[];
}
