import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { PO_STATUSES } from '../../po/po.state';
import { currencyProperty, currencyRule, ID_MAX, MAX_QTY, MAX_UNIT_COST_MINOR, RecordTimes, RevisionRequest } from './common.dto';

export class PoLineInput {
  @ApiProperty({ description: 'A PVM variant of the org; one line per variant.' }) @IsString() @Length(1, ID_MAX) variant_id!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_QTY }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
  @ApiProperty({ description: 'Cost per unit in minor units of the PO currency.', minimum: 0, example: 1250 }) @IsInt() @Min(0) @Max(MAX_UNIT_COST_MINOR) unit_cost_minor!: number;
}

export class PoCreateRequest extends BaseRequest {
  @ApiProperty({ description: 'An active PVM vendor of the org.' }) @IsString() @Length(1, ID_MAX) vendor_id!: string;
  @ApiProperty({ description: 'The active logical facility the goods are received at.' }) @IsString() @Length(1, ID_MAX) logical_guid!: string;
  @ApiProperty({ ...currencyProperty }) @IsString() @currencyRule() currency!: string;
  @ApiProperty({ type: [PoLineInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PoLineInput)
  lines!: PoLineInput[];
}

export class PoTransitionRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, ID_MAX) po_id!: string;
}
export class PoApproveRequest extends PoTransitionRequest {}
export class PoIssueRequest extends PoTransitionRequest {}

export class PoGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, ID_MAX) po_id!: string;
}

export class PoListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: [...PO_STATUSES] }) @IsOptional() @IsIn([...PO_STATUSES]) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, ID_MAX) vendor_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, ID_MAX) logical_guid?: string;
}

export class PoLineDto {
  @ApiProperty() po_line_id!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() qty!: number;
  @ApiProperty() unit_cost_minor!: number;
  @ApiProperty({ description: 'qty × unit_cost_minor.' }) line_total_minor!: number;
  @ApiProperty() received_qty!: number;
  @ApiProperty({ description: 'Still to receive: qty − received_qty.' }) open_qty!: number;
  @ApiProperty({ description: 'Billed by the PO\'s invoices, rejected ones excepted (a mismatched or disputed invoice may yet be paid).' }) invoiced_qty!: number;
}

export class InvoiceClaimLineDto {
  @ApiProperty() po_line_id!: string;
  @ApiProperty() qty!: number;
}

export class InvoiceClaimDto {
  @ApiProperty() invoice_id!: string;
  @ApiProperty({ type: [InvoiceClaimLineDto], description: 'The qty the invoice bills of each PO line.' }) lines!: InvoiceClaimLineDto[];
}

export class PurchaseOrderDto extends RecordTimes {
  @ApiProperty() po_id!: string;
  @ApiProperty() vendor_id!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty({ ...currencyProperty }) currency!: string;
  @ApiProperty({ enum: [...PO_STATUSES] }) status!: string;
  @ApiProperty({ type: [PoLineDto] }) lines!: PoLineDto[];
  @ApiProperty({ description: 'Σ line_total_minor.' }) total_minor!: number;
  @ApiProperty({ type: [String] }) receipt_ids!: string[];
  @ApiProperty({ type: [InvoiceClaimDto], description: 'The billing ledger: each invoice\'s claim on the PO, oldest first; a rejected invoice\'s claim is released.' }) invoice_claims!: InvoiceClaimDto[];
  @ApiProperty({ description: 'Actor that drafted the PO.' }) created_by!: string;
  @ApiProperty({ nullable: true, type: String }) approved_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) approved_by!: string | null;
  @ApiProperty({ nullable: true, type: String }) issued_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) issued_by!: string | null;
}
