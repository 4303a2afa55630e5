import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { ID } from './product-common.dto';

export class PvmResolveBarcodeRequest extends BaseRequest {
  @ApiProperty({ example: '012345678905' }) @IsString() @Length(1, 128) barcode!: string;
}

export class PvmResolveCodeRequest extends BaseRequest {
  @ApiProperty({ description: 'A style code, else a variant SKU.', example: 'TEE' }) @IsString() @Length(1, 128) code!: string;
}

export class PvmResolveAliasRequest extends BaseRequest {
  @ApiProperty({ example: 'red-tee' }) @IsString() @Length(1, 128) alias!: string;
}

export class PvmResolved {
  @ApiProperty({ enum: ['style', 'variant'] }) kind!: string;
  @ApiProperty({ description: 'What matched: style-code, sku, alias, barcode.' }) matched_by!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty({ nullable: true, type: String }) variant_id!: string | null;
}

export class PvmHistoryRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'History of a style (its own events and its variants\').' }) @IsOptional() @IsString() @Length(ID.min, ID.max) style_id?: string;
  @ApiPropertyOptional({ description: 'History of a variant (with its barcodes and identifiers).' }) @IsOptional() @IsString() @Length(ID.min, ID.max) variant_id?: string;
}

export class PvmHistoryEntry {
  @ApiProperty() event_id!: string;
  @ApiProperty({ example: 'pvm.variant-updated' }) type!: string;
  @ApiProperty({ enum: ['style', 'variant', 'identifier'] }) record!: string;
  @ApiProperty({ type: [String] }) style_ids!: string[];
  @ApiProperty({ type: [String] }) variant_ids!: string[];
  @ApiProperty({ nullable: true, type: String }) identifier_key!: string | null;
  @ApiProperty({ description: 'Revision of the record\'s stream after this event.' }) stream_revision!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) actor!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty() occurred_at!: string;
  @ApiProperty() position!: number;
}

export class PvmStatusRequest extends BaseRequest {}

export class PvmServiceStatus {
  @ApiProperty({ example: 'pvm' }) service!: string;
  @ApiProperty({ example: 'ok' }) status!: string;
  @ApiProperty({ description: 'Styles across all orgs.' }) styles!: number;
  @ApiProperty({ description: 'Variants across all orgs.' }) variants!: number;
}
