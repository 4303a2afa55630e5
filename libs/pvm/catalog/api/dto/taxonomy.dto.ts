import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { ACTIVE_STATUSES, ActiveStatus } from '../../shared/status';
import { CatalogRecordDto, PvmCaptionUpdate, PvmCodeField } from './catalog-common.dto';

/*
 * One set of request/response classes per kind (named as the routes are), so each route documents its own id
 * field: division_id, department_id, category_id, season_id.
 */

const parentCreate = (description: string) => ({ description, nullable: true });

export class DivisionCreateRequest extends PvmCodeField {}
export class SeasonCreateRequest extends PvmCodeField {}
export class DepartmentCreateRequest extends PvmCodeField {
  @ApiPropertyOptional(parentCreate('A division of the org (optional).')) @IsOptional() @IsString() @Length(1, 64) parent_id?: string | null;
}
export class CategoryCreateRequest extends PvmCodeField {
  @ApiPropertyOptional(parentCreate('A department, or a parent category (sub-category), of the org (optional).')) @IsOptional() @IsString() @Length(1, 64) parent_id?: string | null;
}

export class DivisionGetRequest extends BaseRequest { @ApiProperty() @IsString() @Length(1, 64) division_id!: string; }
export class DepartmentGetRequest extends BaseRequest { @ApiProperty() @IsString() @Length(1, 64) department_id!: string; }
export class CategoryGetRequest extends BaseRequest { @ApiProperty() @IsString() @Length(1, 64) category_id!: string; }
export class SeasonGetRequest extends BaseRequest { @ApiProperty() @IsString() @Length(1, 64) season_id!: string; }

const parentUpdate = { description: 'Move under another parent; null detaches (the node becomes a root).', nullable: true };

export class DivisionUpdateRequest extends PvmCaptionUpdate { @ApiProperty() @IsString() @Length(1, 64) division_id!: string; }
export class SeasonUpdateRequest extends PvmCaptionUpdate { @ApiProperty() @IsString() @Length(1, 64) season_id!: string; }
export class DepartmentUpdateRequest extends PvmCaptionUpdate {
  @ApiProperty() @IsString() @Length(1, 64) department_id!: string;
  @ApiPropertyOptional(parentUpdate) @IsOptional() @IsString() @Length(1, 64) parent_id?: string | null;
}
export class CategoryUpdateRequest extends PvmCaptionUpdate {
  @ApiProperty() @IsString() @Length(1, 64) category_id!: string;
  @ApiPropertyOptional(parentUpdate) @IsOptional() @IsString() @Length(1, 64) parent_id?: string | null;
}

const TaxonomyStatusFields = () => {
  class Status extends BaseRequest {
    @ApiProperty({ enum: [...ACTIVE_STATUSES] }) @IsIn(ACTIVE_STATUSES) status!: ActiveStatus;
    @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
  }
  return Status;
};
export class DivisionStatusRequest extends TaxonomyStatusFields() { @ApiProperty() @IsString() @Length(1, 64) division_id!: string; }
export class DepartmentStatusRequest extends TaxonomyStatusFields() { @ApiProperty() @IsString() @Length(1, 64) department_id!: string; }
export class CategoryStatusRequest extends TaxonomyStatusFields() { @ApiProperty() @IsString() @Length(1, 64) category_id!: string; }
export class SeasonStatusRequest extends TaxonomyStatusFields() { @ApiProperty() @IsString() @Length(1, 64) season_id!: string; }

const TaxonomyRecordDto = (kind: string) => {
  class TaxonomyRecord extends CatalogRecordDto(ACTIVE_STATUSES) {
    @ApiProperty({ enum: [kind] }) kind!: string;
    @ApiProperty() caption!: string;
    @ApiProperty({ type: String, nullable: true, description: 'The parent node\'s id, or null for a root.' }) parent_id!: string | null;
  }
  return TaxonomyRecord;
};
export class DivisionDto extends TaxonomyRecordDto('division') { @ApiProperty() division_id!: string; }
export class DepartmentDto extends TaxonomyRecordDto('department') { @ApiProperty() department_id!: string; }
export class CategoryDto extends TaxonomyRecordDto('category') { @ApiProperty() category_id!: string; }
export class SeasonDto extends TaxonomyRecordDto('season') { @ApiProperty() season_id!: string; }
