import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest, SourceRefDto } from '@g3n/platform';
import { ID_MAX, MAX_QTY, RecordTimes } from './common.dto';

export class ReceiptLineInput {
  @ApiProperty({ description: 'A variant on the PO.' }) @IsString() @Length(1, ID_MAX) variant_id!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_QTY, description: 'At most the line\'s open qty.' }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
  @ApiPropertyOptional({ description: 'Names the PO line outright; must be the variant\'s line.' }) @IsOptional() @IsString() @Length(1, ID_MAX) po_line_id?: string;
}

export class ReceiptInput {
  @ApiProperty({ description: 'An issued (or partially received) PO.' }) @IsString() @Length(1, ID_MAX) po_id!: string;
  @ApiPropertyOptional({ description: 'Where the goods arrived; must be the PO\'s logical facility (defaults to it).' })
  @IsOptional() @IsString() @Length(1, ID_MAX) logical_guid?: string;
  @ApiProperty({ type: [ReceiptLineInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ReceiptLineInput)
  lines!: ReceiptLineInput[];
}

export class ReceiptRecordRequest extends BaseRequest {
  @ApiProperty({ type: ReceiptInput }) @IsDefined() @ValidateNested() @Type(() => ReceiptInput) receipt!: ReceiptInput;
}

export class ReceiptGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, ID_MAX) receipt_id!: string;
}

export class ReceiptListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, ID_MAX) po_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, ID_MAX) logical_guid?: string;
}

export class ReceiptLineDto {
  @ApiProperty() po_line_id!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() qty!: number;
}

export class ReceiptDto extends RecordTimes {
  @ApiProperty() receipt_id!: string;
  @ApiProperty() po_id!: string;
  @ApiProperty({ nullable: true, type: String }) vendor_id!: string | null;
  @ApiProperty() logical_guid!: string;
  @ApiProperty({ type: [ReceiptLineDto] }) lines!: ReceiptLineDto[];
  @ApiProperty() total_qty!: number;
  @ApiProperty({ description: 'Actor that recorded the receipt.' }) recorded_by!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: [SourceRefDto] }) source_refs!: SourceRefDto[];
}
