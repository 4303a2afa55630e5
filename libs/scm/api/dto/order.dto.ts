import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CURRENCY, currencyMessage, MAX_MINOR, MAX_QTY, MoneyDto, RecordMetaDto } from './common.dto';

const STATUSES = ['draft', 'placed', 'partially_fulfilled', 'fulfilled', 'completed', 'cancelled'];

export class OrderItemDto {
  @ApiProperty({ description: 'An active PVM variant.' }) @IsString() @Length(1, 64) variant_id!: string;
  @ApiProperty({ minimum: 1, example: 1 }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
  @ApiPropertyOptional({ minimum: 0, example: 1999, description: 'Unit price in minor units (resolve it with /ppm/price/resolve). Omitted: the line is unpriced and counts 0 in the total.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_MINOR) unit_price_minor?: number;
  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217; all items share one. Default: the channel\'s default currency.' })
  @IsOptional() @IsString() @Matches(CURRENCY, currencyMessage) currency?: string;
}

export class OrderCreateRequest extends BaseRequest {
  @ApiProperty({ description: 'The logical facility that fulfils the order (an OFM logical_guid).' }) @IsString() @Length(1, 64) logical_guid!: string;
  @ApiProperty({ example: 'web', description: 'An active OFM sales channel (case-insensitive).' }) @IsString() @Length(1, 32) channel_code!: string;
  @ApiProperty({ type: [OrderItemDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => OrderItemDto)
  items!: OrderItemDto[];
  @ApiPropertyOptional({ description: 'A CRM customer of this org.' }) @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
}

export class OrderGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
}

export class OrderStatusRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
  @ApiProperty({ minimum: 0, description: 'The revision you last read.' }) @IsInt() @Min(0) expected_revision!: number;
}

export class OrderLineCancelRequest extends OrderStatusRequest {
  @ApiProperty({ example: 'L1' }) @IsString() @Length(1, 16) line_id!: string;
}

export class OrderListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ example: 'web' }) @IsOptional() @IsString() @Length(1, 32) channel_code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
}

export class OrderSearchRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Orders with a line of this variant.' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) customer_id?: string;
  @ApiPropertyOptional({ example: 'cart', description: 'With source_ref_id: orders created from this source (e.g. a cart).' })
  @IsOptional() @IsString() @Length(1, 64) source_ref_kind?: string;
  @ApiPropertyOptional({ example: 'cart-123' }) @IsOptional() @IsString() @Length(1, 128) source_ref_id?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'ISO-8601: created at or after.' }) @IsOptional() @IsString() @Length(1, 40) created_from?: string;
  @ApiPropertyOptional({ description: 'ISO-8601: created before.' }) @IsOptional() @IsString() @Length(1, 40) created_to?: string;
}

export class LinePromiseDto {
  @ApiProperty({ enum: ['none', 'reserved', 'allocated', 'committed', 'released', 'refused'] }) state!: string;
  @ApiProperty({ description: 'Quantity ICS holds for the line (hold ord:<order_id>:<line_id>).' }) held_qty!: number;
  @ApiProperty({ type: Object, nullable: true, description: 'The ICS request not answered yet: { request_id, action }.' }) pending!: Record<string, string> | null;
  @ApiProperty({ type: String, nullable: true, enum: ['reserved', 'allocated', 'committed'], description: 'Level still being worked towards.' }) target!: string | null;
  @ApiProperty({ type: String, nullable: true }) last_request_id!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The last refusal: { action, reason }.' }) refusal!: Record<string, string> | null;
}

export class OrderLineDto {
  @ApiProperty({ example: 'L1' }) line_id!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ type: String, nullable: true }) sku!: string | null;
  @ApiProperty() qty!: number;
  @ApiProperty({ enum: ['open', 'cancelled'] }) status!: string;
  @ApiProperty() open_qty!: number;
  @ApiProperty({ type: Number, nullable: true }) unit_price_minor!: number | null;
  @ApiProperty({ type: Number, nullable: true }) line_total_minor!: number | null;
  @ApiProperty({ type: LinePromiseDto }) promise!: LinePromiseDto;
  @ApiProperty() shipping_qty!: number;
  @ApiProperty() shipped_qty!: number;
  @ApiProperty() delivered_qty!: number;
  @ApiProperty() return_qty!: number;
  @ApiProperty() received_qty!: number;
}

export class PaymentSummaryDto {
  @ApiProperty() captured_minor!: number;
  @ApiProperty() settled_minor!: number;
  @ApiProperty() refunded_minor!: number;
  @ApiProperty() settled!: boolean;
  @ApiProperty({ type: String, nullable: true }) settled_at!: string | null;
}

export class OrderDto extends RecordMetaDto() {
  @ApiProperty() order_id!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty() channel_code!: string;
  @ApiProperty({ type: String, nullable: true }) customer_id!: string | null;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: [OrderLineDto] }) lines!: OrderLineDto[];
  @ApiProperty({ type: MoneyDto, description: 'Sum of open priced lines.' }) total!: MoneyDto;
  @ApiProperty() unpriced_line_count!: number;
  @ApiProperty({ type: PaymentSummaryDto }) payment!: PaymentSummaryDto;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: '{ shipment_id, status }' }) shipments!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: '{ tender_id, status, method, amount, refunded_minor }' }) tenders!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: '{ return_id, status, refunded_minor }' }) returns!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) refunds!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) source_refs!: object[];
  @ApiProperty({ type: String, nullable: true }) placed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelled_at!: string | null;
}
