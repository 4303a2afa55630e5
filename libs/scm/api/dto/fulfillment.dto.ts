import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CURRENCY, currencyMessage, LineQtyDto, MAX_MINOR, MoneyDto, RecordMetaDto } from './common.dto';

const SHIPMENT_STATUSES = ['created', 'picked', 'packed', 'shipped', 'delivered', 'cancelled'];
const TENDER_STATUSES = ['captured', 'voided', 'settled'];
const RETURN_STATUSES = ['requested', 'received'];
const revisionProperty = { minimum: 0, description: 'Optional: the order revision you last read; when sent, the change is refused (409) if the order moved on.' };

export class ShipmentCreateRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
  @ApiPropertyOptional({ type: [LineQtyDto], description: 'Omitted: every committed quantity not yet in a shipment.' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => LineQtyDto)
  lines?: LineQtyDto[];
}

export class ShipmentRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) shipment_id!: string;
  @ApiPropertyOptional(revisionProperty) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class ShipmentListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) order_id?: string;
  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES }) @IsOptional() @IsIn(SHIPMENT_STATUSES) status?: string;
}

export class ShipmentLineDto {
  @ApiProperty() line_id!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() qty!: number;
}

export class ShipmentDto extends RecordMetaDto() {
  @ApiProperty() shipment_id!: string;
  @ApiProperty() order_id!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty({ enum: SHIPMENT_STATUSES }) status!: string;
  @ApiProperty({ type: [ShipmentLineDto] }) lines!: ShipmentLineDto[];
  @ApiPropertyOptional() picked_at?: string;
  @ApiPropertyOptional() packed_at?: string;
  @ApiPropertyOptional() shipped_at?: string;
  @ApiPropertyOptional() delivered_at?: string;
  @ApiPropertyOptional() cancelled_at?: string;
}

export class TenderCaptureRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
  @ApiProperty({ minimum: 1, example: 1999 }) @IsInt() @Min(1) @Max(MAX_MINOR) amount_minor!: number;
  @ApiProperty({ example: 'USD' }) @IsString() @Matches(CURRENCY, currencyMessage) currency!: string;
  @ApiProperty({ example: 'card', description: 'card, cash, gift_card, store_credit, … (1–32 of a–z 0–9 _ -).' })
  @IsString() @Matches(/^[a-z0-9_-]{1,32}$/, { message: 'method must be 1–32 of a-z, 0-9, _ and -' }) method!: string;
  @ApiPropertyOptional({ description: 'The payment processor\'s reference (never card data).' }) @IsOptional() @IsString() @Length(1, 128) reference?: string;
}

export class TenderRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) tender_id!: string;
  @ApiPropertyOptional(revisionProperty) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class TenderListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) order_id?: string;
  @ApiPropertyOptional({ enum: TENDER_STATUSES }) @IsOptional() @IsIn(TENDER_STATUSES) status?: string;
}

export class TenderDto extends RecordMetaDto() {
  @ApiProperty() tender_id!: string;
  @ApiProperty() order_id!: string;
  @ApiProperty() method!: string;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyDto;
  @ApiProperty({ enum: TENDER_STATUSES }) status!: string;
  @ApiProperty() refunded_minor!: number;
  @ApiPropertyOptional() settled_at?: string;
  @ApiPropertyOptional() voided_at?: string;
}

export class ReturnCreateRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
  @ApiProperty({ type: [LineQtyDto], description: 'Shipped quantities to take back.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => LineQtyDto)
  lines!: LineQtyDto[];
}

export class ReturnRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) return_id!: string;
  @ApiPropertyOptional(revisionProperty) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class ReturnListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) order_id?: string;
  @ApiPropertyOptional({ enum: RETURN_STATUSES }) @IsOptional() @IsIn(RETURN_STATUSES) status?: string;
}

export class RefundRecordDto {
  @ApiProperty() refund_id!: string;
  @ApiProperty() return_id!: string;
  @ApiProperty() tender_id!: string;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyDto;
}

export class ReturnDto extends RecordMetaDto() {
  @ApiProperty() return_id!: string;
  @ApiProperty() order_id!: string;
  @ApiProperty({ enum: RETURN_STATUSES }) status!: string;
  @ApiProperty({ type: [ShipmentLineDto] }) lines!: ShipmentLineDto[];
  @ApiProperty() refunded_minor!: number;
  @ApiProperty({ type: [RefundRecordDto] }) refunds!: RefundRecordDto[];
  @ApiPropertyOptional() received_at?: string;
}

export class RefundIssueRequest extends BaseRequest {
  @ApiProperty({ description: 'A received return.' }) @IsString() @Length(1, 64) return_id!: string;
  @ApiProperty({ minimum: 1, example: 500 }) @IsInt() @Min(1) @Max(MAX_MINOR) amount_minor!: number;
  @ApiProperty({ example: 'USD' }) @IsString() @Matches(CURRENCY, currencyMessage) currency!: string;
  @ApiPropertyOptional({ description: 'The settled tender to refund to. Omitted: the settled tender with the most left to refund.' })
  @IsOptional() @IsString() @Length(1, 64) tender_id?: string;
}
