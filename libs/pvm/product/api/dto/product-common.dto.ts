import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

/*
 * Factories rather than shared base classes where a property carries an enum: Swagger would otherwise share the
 * property metadata between subclasses and the YAML writer turns the shared objects into anchors (see OFM).
 */

export const ID = { min: 1, max: 64 };
export const PRODUCT_STATUS_VALUES = ['draft', 'active', 'discontinued', 'doomed'] as const;
export const BARCODE_STATUS_VALUES = ['active', 'inactive', 'doomed'] as const;
export const BARCODE_SCHEMES = ['gtin', 'upc', 'ean', 'itf14', 'code128', 'code39', 'qr', 'datamatrix', 'internal'] as const;
export const PACKAGING_LEVELS = ['each', 'inner', 'case', 'pallet'] as const;

export class PvmProductRevisionField extends BaseRequest {
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
}

export class PvmVariantRef extends BaseRequest {
  @ApiProperty() @IsString() @Length(ID.min, ID.max) variant_id!: string;
}

/** Timestamps and revision on every product record. */
export const ProductRecordDto = () => {
  class ProductRecord {
    @ApiProperty() org_guid!: string;
    @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
    @ApiProperty() created_at!: string;
    @ApiProperty() updated_at!: string;
  }
  return ProductRecord;
};
