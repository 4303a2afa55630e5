import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { MAX_QTY } from './common.dto';

export class OrderPromiseRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
  @ApiPropertyOptional({ type: [String], example: ['L1'], description: 'Lines to act on (all must be eligible). Omitted: every eligible line.' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 16, { each: true })
  line_ids?: string[];
  @ApiPropertyOptional({ minimum: 0, description: 'Optional: when sent, the request is refused (409) if the order moved on.' })
  @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class QuoteItemDto {
  @ApiProperty() @IsString() @Length(1, 64) variant_id!: string;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
}

export class OrderPromiseQuoteRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Quote an order\'s open, unshipped lines at its logical facility (or send logical_guid and items).' })
  @IsOptional() @IsString() @Length(1, 64) order_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ type: [QuoteItemDto] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => QuoteItemDto)
  items?: QuoteItemDto[];
}

export class PromiseRequestDto {
  @ApiProperty() order_id!: string;
  @ApiProperty({ description: 'Names the ICS answers (their source.request_id; chained steps add .allocate / .commit).' }) request_id!: string;
  @ApiProperty({ enum: ['reserve', 'allocate', 'commit', 'release'] }) action!: string;
  @ApiProperty({ type: [String] }) line_ids!: string[];
  @ApiProperty({ enum: ['requested'], description: 'The outcome arrives asynchronously on each line\'s promise (poll /scm/order/get).' }) status!: string;
  @ApiProperty({ description: 'The order\'s revision after the request.' }) revision!: number;
}

export class QuotedLineDto {
  @ApiProperty({ type: String, nullable: true }) line_id!: string | null;
  @ApiProperty() variant_id!: string;
  @ApiProperty() qty!: number;
  @ApiProperty({ description: 'ICS available at the logical facility (after earlier lines of the same variant).' }) available!: number;
  @ApiProperty() promisable!: boolean;
  @ApiProperty() short_qty!: number;
}

export class PromiseQuoteDto {
  @ApiProperty() logical_guid!: string;
  @ApiProperty() promisable!: boolean;
  @ApiProperty({ type: [QuotedLineDto] }) lines!: QuotedLineDto[];
}
