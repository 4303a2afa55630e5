import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CHANNEL_CODE_INPUT } from '../../shared/pmc-ids';

export const channelCodeProperty = { example: 'web', description: 'An active OFM sales channel code (case-insensitive; answered lower case).' };
export const IsChannelCode = () => Matches(CHANNEL_CODE_INPUT, { message: 'channel_code must be 2–32 characters of A-Z, a-z, 0-9, _ and -' });
export const revisionProperty = { description: 'The revision you last read.', minimum: 0 };

/*
 * Response schemas are factories where several DTOs share fields: Swagger shares a base class's property metadata
 * between subclasses, and the YAML writer turns shared objects into anchors (see OFM's facility-common.dto.ts).
 */
export const RecordMetaDto = () => {
  class RecordMeta {
    @ApiProperty() org_guid!: string;
    @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
    @ApiProperty() created_at!: string;
    @ApiProperty() updated_at!: string;
  }
  return RecordMeta;
};

export class SelectionDto {
  @ApiProperty({ example: 'COLOR' }) group_code!: string;
  @ApiProperty({ example: 'RED' }) option_code!: string;
}

export class IdentifierDto {
  @ApiProperty({ example: 'sku' }) type!: string;
  @ApiProperty({ example: 'SKU-123' }) value!: string;
}

export class BarcodeDto {
  @ApiProperty({ example: '012345678905' }) value!: string;
  @ApiProperty({ example: 'gtin' }) scheme!: string;
  @ApiProperty() primary!: boolean;
}

export class SnapshotStyleDto {
  @ApiProperty() style_id!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty({ type: String, nullable: true }) caption!: string | null;
  @ApiProperty({ type: String, nullable: true }) category_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) brand_id!: string | null;
}

export class VariantSnapshotDto {
  @ApiProperty() variant_id!: string;
  @ApiProperty() style_id!: string;
  @ApiProperty({ type: String, nullable: true }) sku!: string | null;
  @ApiProperty({ example: 'active' }) status!: string;
  @ApiProperty({ type: [SelectionDto] }) selections!: SelectionDto[];
  @ApiProperty({ type: [IdentifierDto] }) identifiers!: IdentifierDto[];
  @ApiProperty({ type: [BarcodeDto] }) barcodes!: BarcodeDto[];
  @ApiProperty({ description: 'The PVM variant revision the snapshot was taken at.' }) variant_revision!: number;
  @ApiProperty({ type: SnapshotStyleDto, nullable: true }) style!: SnapshotStyleDto | null;
}
