import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CHANNEL_CODE_INPUT, CODE_INPUT, MAX_AMOUNT_MINOR, MAX_QTY } from '../../shared/formats';
import { channelCodeMessage, codeMessage, MoneyDto, RecordMetaDto } from './common.dto';
import { IsIsoCurrency, IsZonedDateTime } from './validators';

export class PriceSetRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Absent: set a new price. Present: change that price\'s amount or end (with expected_revision).' })
  @IsOptional() @IsString() @Length(1, 64)
  price_id?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'Required with price_id (428 otherwise): the revision you last read.' })
  @IsOptional() @IsInt() @Min(0)
  expected_revision?: number;

  @ApiPropertyOptional({ description: 'Required on create: a PVM variant of this org.' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional({ example: 'USD', description: 'Required on create: ISO 4217 (the list\'s currency when price_list_id is set).' }) @IsOptional() @IsIsoCurrency() currency?: string;

  @ApiPropertyOptional({ example: 1999, minimum: 0, maximum: MAX_AMOUNT_MINOR, description: 'Required on create: unit price in integer minor units.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_AMOUNT_MINOR)
  amount_minor?: number;

  @ApiPropertyOptional({ description: 'The price list; absent: the org\'s base prices.' }) @IsOptional() @IsString() @Length(1, 64) price_list_id?: string;
  @ApiPropertyOptional({ example: 'web', description: 'An OFM sales channel (case-insensitive); absent: every channel.' })
  @IsOptional() @IsString() @Matches(CHANNEL_CODE_INPUT, channelCodeMessage)
  channel_code?: string;
  @ApiPropertyOptional({ description: 'An OFM logical facility; absent: every facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ example: 'CS12', description: 'A PPM unit of measure; absent: the variant\'s selling unit.' })
  @IsOptional() @IsString() @Matches(CODE_INPUT, codeMessage)
  uom_code?: string;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z', description: 'Start (inclusive); absent: since always. Part of the price\'s scope.' })
  @IsOptional() @IsZonedDateTime()
  effective_from?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-04-01T00:00:00Z', description: 'End (exclusive); absent on create: open-ended. On update, null clears it.' })
  @IsOptional() @IsZonedDateTime()
  effective_to?: string | null;
}

export class PriceGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) price_id!: string;
}

export class PriceQueryRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) price_list_id?: string;
  @ApiPropertyOptional({ example: 'web' }) @IsOptional() @IsString() @Matches(CHANNEL_CODE_INPUT, channelCodeMessage) channel_code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ example: 'USD' }) @IsOptional() @IsIsoCurrency() currency?: string;
}

export class PriceDto extends RecordMetaDto() {
  @ApiProperty() price_id!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: 1999 }) amount_minor!: number;
  @ApiProperty({ type: String, nullable: true }) price_list_id!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'web' }) channel_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) logical_guid!: string | null;
  @ApiProperty({ type: String, nullable: true }) uom_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) effective_from!: string | null;
  @ApiProperty({ type: String, nullable: true }) effective_to!: string | null;
}

export class PriceResolveItemRequest {
  @ApiProperty() @IsString() @Length(1, 64) variant_id!: string;
  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_QTY }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
  @ApiPropertyOptional({ example: 'CS12', description: 'Price per this unit; absent: the selling unit.' })
  @IsOptional() @IsString() @Matches(CODE_INPUT, codeMessage)
  uom_code?: string;
}

export class PriceResolveRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'The fulfilling logical facility (or the x-logical-guid header).' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ example: 'WEB', description: 'The sales channel, case-insensitive (or the x-channel-code header).' })
  @IsOptional() @IsString() @Matches(CHANNEL_CODE_INPUT, channelCodeMessage)
  channel_code?: string;
  @ApiPropertyOptional({ example: 'USD', description: 'Absent: the channel\'s default currency.' }) @IsOptional() @IsIsoCurrency() currency?: string;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z', description: 'The instant prices must be effective at; absent: now.' }) @IsOptional() @IsZonedDateTime() at?: string;
  @ApiProperty({ type: [PriceResolveItemRequest] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PriceResolveItemRequest)
  items!: PriceResolveItemRequest[];
}

export class ResolvedItemDto {
  @ApiProperty({ description: '1-based position in the request.' }) line_no!: number;
  @ApiProperty() variant_id!: string;
  @ApiProperty() qty!: number;
  @ApiProperty({ type: String, nullable: true }) uom_code!: string | null;
  @ApiProperty({ enum: ['priced', 'no-price'] }) status!: string;
  @ApiProperty({ enum: ['channel+logical', 'channel', 'logical', 'base', 'no-price'], description: 'Which rule won.' }) rule!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['variant-not-found', 'no-applicable-price'], description: 'Why an item has no price.' }) reason!: string | null;
  @ApiProperty({ type: MoneyDto, nullable: true }) unit_price!: MoneyDto | null;
  @ApiProperty({ type: MoneyDto, nullable: true, description: 'unit_price × qty.' }) extended!: MoneyDto | null;
  @ApiProperty({ type: String, nullable: true }) price_id!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null: the org\'s base prices.' }) price_list_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) price_list_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) effective_from!: string | null;
  @ApiProperty({ type: String, nullable: true }) effective_to!: string | null;
}

export class PriceResolutionDto {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: String, nullable: true, example: 'web' }) channel_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) logical_guid!: string | null;
  @ApiProperty({ description: 'The instant the prices are effective at.' }) at!: string;
  @ApiProperty({ type: [ResolvedItemDto] }) items!: ResolvedItemDto[];
  @ApiProperty({ type: MoneyDto, description: 'Sum of the priced items\' extended amounts.' }) total!: MoneyDto;
  @ApiProperty() priced_count!: number;
  @ApiProperty() unpriced_count!: number;
}
