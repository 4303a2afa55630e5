import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { SUPPLIER_STATUSES, SupplierStatus } from '../../supplier/supplier.events';
import { CatalogRecordDto, PvmCaptionUpdate, PvmCodeField } from './catalog-common.dto';

const statusProperty = { enum: SUPPLIER_STATUSES, description: 'draft → verified → active; suspended and inactive from there (see docs/pvm.md).' };

export class VendorCreateRequest extends PvmCodeField {}
export class ManufacturerCreateRequest extends PvmCodeField {}

export class VendorGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) vendor_id!: string;
}
export class ManufacturerGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) manufacturer_id!: string;
}

export class VendorUpdateRequest extends PvmCaptionUpdate {
  @ApiProperty() @IsString() @Length(1, 64) vendor_id!: string;
}
export class ManufacturerUpdateRequest extends PvmCaptionUpdate {
  @ApiProperty() @IsString() @Length(1, 64) manufacturer_id!: string;
}

export class VendorStatusRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) vendor_id!: string;
  @ApiProperty({ ...statusProperty }) @IsIn(SUPPLIER_STATUSES) status!: SupplierStatus;
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
}
export class ManufacturerStatusRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) manufacturer_id!: string;
  @ApiProperty({ ...statusProperty }) @IsIn(SUPPLIER_STATUSES) status!: SupplierStatus;
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
}

export class VendorDto extends CatalogRecordDto(SUPPLIER_STATUSES) {
  @ApiProperty() vendor_id!: string;
  @ApiProperty() caption!: string;
}
export class ManufacturerDto extends CatalogRecordDto(SUPPLIER_STATUSES) {
  @ApiProperty() manufacturer_id!: string;
  @ApiProperty() caption!: string;
}

