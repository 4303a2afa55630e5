import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { FACILITY_CODE_INPUT } from '../../shared/facility-formats';

/*
 * The bases below are factories, not classes: Swagger shares a base class's property metadata (enum arrays
 * included) between subclasses, and the YAML writer turns shared objects into anchors and aliases that break once
 * it sorts keys. A fresh base per subclass keeps every schema self-contained.
 */

/** Fields every facility-side record carries. */
export const RecordMetaDto = () => {
  class RecordMeta {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: ['active', 'inactive'] }) status!: string;
  @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
  }
  return RecordMeta;
};

export const codeProperty = {
  description: 'Unique per org for the kind; 1–32 of A–Z 0–9 _ - (stored upper case). Never changes after creation.',
  example: 'HQ',
};

export class CodeField extends BaseRequest {
  @ApiProperty(codeProperty)
  @IsString() @Matches(FACILITY_CODE_INPUT, { message: 'code must be 1–32 characters of A-Z, 0-9, _ and -, starting with a letter or digit' })
  code!: string;
}

export const StatusFields = () => {
  class Status extends BaseRequest {
    @ApiProperty({ enum: ['active', 'inactive'] })
    @IsIn(['active', 'inactive'])
    status!: 'active' | 'inactive';

    @ApiProperty({ description: 'The revision you last read.', minimum: 0 })
    @IsInt() @Min(0)
    expected_revision!: number;
  }
  return Status;
};

export class RevisionField extends BaseRequest {
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 })
  @IsInt() @Min(0)
  expected_revision!: number;
}

export const FacilityListFilters = () => {
  class Filters extends ListRequest {
    @ApiPropertyOptional({ enum: ['active', 'inactive'] })
    @IsOptional() @IsIn(['active', 'inactive'])
    status?: 'active' | 'inactive';

    @ApiPropertyOptional({ description: 'Only codes starting with this (case-insensitive).', example: 'DC' })
    @IsOptional() @IsString() @Length(1, 32)
    code_prefix?: string;
  }
  return Filters;
};

export const captionRule = { min: 1, max: 200 };
