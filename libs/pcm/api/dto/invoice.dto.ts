import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { HEADER_REASONS, LINE_REASONS } from '../../invoice/invoice.events';
import { currencyProperty, currencyRule, ID_MAX, MAX_QTY, MAX_UNIT_COST_MINOR, RecordTimes, RevisionRequest } from './common.dto';

const INVOICE_STATUSES = ['matched', 'mismatched', 'disputed', 'resolved'];
const RESOLUTIONS = ['accepted', 'rejected'];

export class InvoiceLineInput {
  @ApiProperty() @IsString() @Length(1, ID_MAX) variant_id!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_QTY }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
  @ApiProperty({ description: 'Billed cost per unit, minor units.', minimum: 0 }) @IsInt() @Min(0) @Max(MAX_UNIT_COST_MINOR) unit_cost_minor!: number;
}

export class ToleranceInput {
  @ApiPropertyOptional({ description: 'Per-unit price slack as basis points of the PO unit cost (100 = 1 %). Default 0.', minimum: 0, maximum: 10000 })
  @IsOptional() @IsInt() @Min(0) @Max(10000) price_pct_bps?: number;
  @ApiPropertyOptional({ description: 'Per-unit price slack in minor units. Default 0. The larger of the two applies.', minimum: 0 })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_UNIT_COST_MINOR) price_abs_minor?: number;
}

export class InvoiceMatchRequest extends BaseRequest {
  @ApiProperty({ description: 'The PO the vendor bills; its vendor is the invoice\'s vendor.' }) @IsString() @Length(1, ID_MAX) po_id!: string;
  @ApiProperty({ description: 'The vendor\'s invoice number: unique per vendor (trimmed, case-insensitive).', example: 'INV-2026-0042' })
  @IsString() @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9 ._/#-]{0,63}\s*$/, { message: 'invoice_number must be 1–64 of letters, digits, space . _ / # -' })
  invoice_number!: string;
  @ApiProperty({ type: [InvoiceLineInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => InvoiceLineInput)
  lines!: InvoiceLineInput[];
  @ApiProperty({ description: 'Invoice total, minor units; must equal Σ qty × unit_cost_minor.', minimum: 0 }) @IsInt() @Min(0) total_minor!: number;
  @ApiProperty({ ...currencyProperty }) @IsString() @currencyRule() currency!: string;
  @ApiPropertyOptional({ type: ToleranceInput, description: 'Price tolerance for this match; qty always matches exactly.' })
  @IsOptional() @ValidateNested() @Type(() => ToleranceInput) tolerance?: ToleranceInput;
}

export class InvoiceGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, ID_MAX) invoice_id!: string;
}

export class InvoiceListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, ID_MAX) po_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, ID_MAX) vendor_id?: string;
  @ApiPropertyOptional({ enum: [...INVOICE_STATUSES] }) @IsOptional() @IsIn(INVOICE_STATUSES) status?: string;
}

export class InvoiceDisputeRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, ID_MAX) invoice_id!: string;
  @ApiPropertyOptional({ description: 'What is disputed with the vendor.' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class InvoiceResolveRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, ID_MAX) invoice_id!: string;
  @ApiProperty({ enum: [...RESOLUTIONS], description: 'accepted: pay (approved_total_minor, default the invoice total); rejected: pay nothing.' })
  @IsIn(RESOLUTIONS) resolution!: 'accepted' | 'rejected';
  @ApiPropertyOptional({ description: 'The agreed amount to pay, minor units (accepted only).', minimum: 0 }) @IsOptional() @IsInt() @Min(0) approved_total_minor?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ToleranceDto {
  @ApiProperty() price_pct_bps!: number;
  @ApiProperty() price_abs_minor!: number;
}

export class InvoiceLineDto {
  @ApiProperty() line_no!: number;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ nullable: true, type: String }) po_line_id!: string | null;
  @ApiProperty() qty!: number;
  @ApiProperty() unit_cost_minor!: number;
  @ApiProperty() line_total_minor!: number;
  @ApiProperty({ description: 'Received on the PO line and not billed by another (non-rejected) invoice.' }) expected_qty!: number;
  @ApiProperty({ nullable: true, type: Number }) po_unit_cost_minor!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'unit_cost_minor − po_unit_cost_minor.' }) price_variance_minor!: number | null;
  @ApiProperty({ enum: ['matched', 'mismatched'] }) status!: string;
  @ApiProperty({ enum: [...LINE_REASONS], isArray: true }) reasons!: string[];
}

export class InvoiceDto extends RecordTimes {
  @ApiProperty() invoice_id!: string;
  @ApiProperty() po_id!: string;
  @ApiProperty() vendor_id!: string;
  @ApiProperty() invoice_number!: string;
  @ApiProperty({ ...currencyProperty }) currency!: string;
  @ApiProperty() total_minor!: number;
  @ApiProperty({ description: 'What a clean invoice of these lines would total: Σ expected_qty × PO unit cost.' }) expected_total_minor!: number;
  @ApiProperty({ type: ToleranceDto }) tolerance!: ToleranceDto;
  @ApiProperty({ enum: [...INVOICE_STATUSES] }) status!: string;
  @ApiProperty({ enum: ['matched', 'mismatched'], description: 'The three-way match outcome; never changes.' }) match_status!: string;
  @ApiProperty({ enum: [...HEADER_REASONS], isArray: true }) reasons!: string[];
  @ApiProperty({ type: [InvoiceLineDto] }) lines!: InvoiceLineDto[];
  @ApiProperty({ nullable: true, type: String }) dispute_note!: string | null;
  @ApiProperty({ nullable: true, type: String }) disputed_at!: string | null;
  @ApiProperty({ nullable: true, enum: [...RESOLUTIONS] }) resolution!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Approved to pay: the total when matched, the agreed amount when accepted.' }) approved_total_minor!: number | null;
  @ApiProperty({ nullable: true, type: String }) resolution_note!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolved_at!: string | null;
  @ApiProperty() matched_by!: string;
}
