import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { RevisionRequest } from './common.dto';

export class CostCentreRecord {
  @ApiProperty() cc_guid!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ example: 'DEFAULT' }) code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: ['active', 'inactive'] }) status!: string;
  @ApiProperty({ description: 'The org\'s DEFAULT cost centre (cannot be deactivated).' }) is_default!: boolean;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class CostCentreCreateRequest extends BaseRequest {
  @ApiProperty({ example: 'OPS', description: 'Trimmed and upper-cased; ^[A-Z0-9][A-Z0-9_-]{0,31}$; unique in the org; cannot change.' })
  @IsString() @Length(1, 40)
  code!: string;

  @ApiProperty({ example: 'Operations' }) @IsString() @Length(1, 200)
  caption!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000)
  description?: string;
}

export class CostCentreGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  cc_guid!: string;
}

export class CostCentreListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'inactive'] }) @IsOptional() @IsIn(['active', 'inactive'])
  status?: string;
}

export class CostCentreUpdateRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  cc_guid!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  caption?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it.' })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @Length(1, 1000)
  description?: string | null;
}

export class CostCentreStatusSetRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  cc_guid!: string;

  @ApiProperty({ enum: ['active', 'inactive'] }) @IsIn(['active', 'inactive'])
  status!: 'active' | 'inactive';
}

export class CostCentreResolveRequest extends BaseRequest {
  @ApiProperty({ example: 'DEFAULT', description: 'The cost-centre code (case-insensitive).' })
  @IsString() @Length(1, 40)
  code!: string;
}
