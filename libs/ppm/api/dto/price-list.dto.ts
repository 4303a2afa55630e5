import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CHANNEL_CODE_INPUT, CODE_INPUT } from '../../shared/formats';
import { channelCodeMessage, codeMessage, RecordMetaDto } from './common.dto';
import { IsIsoCurrency } from './validators';

export class PriceListSetRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Absent: create a list. Present: update that list (with expected_revision).' })
  @IsOptional() @IsString() @Length(1, 64)
  price_list_id?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'Required with price_list_id (428 otherwise): the revision you last read.' })
  @IsOptional() @IsInt() @Min(0)
  expected_revision?: number;

  @ApiPropertyOptional({ example: 'RETAIL', description: 'Required on create; unique per org; stored upper case; never changes.' })
  @IsOptional() @IsString() @Matches(CODE_INPUT, codeMessage)
  code?: string;

  @ApiPropertyOptional({ example: 'Retail USD' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;

  @ApiPropertyOptional({ example: 'USD', description: 'Required on create; ISO 4217; never changes (prices in the list use it).' })
  @IsOptional() @IsIsoCurrency()
  currency?: string;

  @ApiPropertyOptional({ type: [String], example: ['web'], description: 'OFM sales channels the list applies to; empty or absent on create: every channel. Replaces the whole set.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CHANNEL_CODE_INPUT, { each: true, ...channelCodeMessage })
  channel_codes?: string[];

  @ApiPropertyOptional({ example: 10, default: 0, minimum: -1000000, maximum: 1000000, description: 'Higher wins when several active lists price an item.' })
  @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000)
  priority?: number;

  @ApiPropertyOptional({ enum: ['active', 'inactive'], default: 'active', description: 'Inactive lists are ignored by /price/resolve.' })
  @IsOptional() @IsIn(['active', 'inactive'])
  status?: 'active' | 'inactive';
}

export class PriceListGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) price_list_id!: string;
}

export class PriceListQueryRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'inactive'] }) @IsOptional() @IsIn(['active', 'inactive']) status?: 'active' | 'inactive';
  @ApiPropertyOptional({ example: 'USD' }) @IsOptional() @IsIsoCurrency() currency?: string;
}

export class PriceListDto extends RecordMetaDto() {
  @ApiProperty() price_list_id!: string;
  @ApiProperty({ example: 'RETAIL' }) code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: [String], example: ['web'] }) channel_codes!: string[];
  @ApiProperty({ example: 10 }) priority!: number;
  @ApiProperty({ enum: ['active', 'inactive'] }) status!: string;
}
