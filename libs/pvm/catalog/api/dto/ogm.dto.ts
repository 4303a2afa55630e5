import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { PVM_CODE_INPUT, PVM_CODE_MESSAGE } from '../../shared/codes';
import { ACTIVE_STATUSES, ActiveStatus } from '../../shared/status';
import { CatalogRecordDto } from './catalog-common.dto';

export class OgmGroupDto {
  @ApiProperty({ description: 'An active option group of the org.', example: 'COLOR' })
  @IsString() @Matches(PVM_CODE_INPUT, { message: `group_code ${PVM_CODE_MESSAGE}` })
  group_code!: string;

  @ApiProperty({ description: 'Order of the axis in a variant: 1 first; unique within the OGM.', minimum: 1, maximum: 1000, example: 1 })
  @IsInt() @Min(1) @Max(1000)
  priority!: number;
}

export class OgmRevisionDto {
  @ApiProperty() ogm_rev!: number;
  @ApiProperty({ type: [OgmGroupDto] }) groups!: OgmGroupDto[];
}

export class OgmClonedFromDto {
  @ApiProperty() ogm_id!: string;
  @ApiProperty() ogm_rev!: number;
}

/**
 * Creates an OGM; with `ogm_id` (and `expected_revision`) instead publishes a new content revision of that OGM
 * (ogm_rev + 1): the spec lists no /ogm/update, and revisions are what styles pin.
 */
export class OgmCreateRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'New OGM: unique per org, 1–64 of A–Z 0–9 _ - . (stored upper case). Omit when revising.', example: 'APPAREL' })
  @IsOptional() @IsString() @Matches(PVM_CODE_INPUT, { message: `code ${PVM_CODE_MESSAGE}` })
  code?: string;

  @ApiPropertyOptional({ description: 'Defaults to the code.' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;

  @ApiProperty({ type: [OgmGroupDto], description: '1–20 option groups, each once, with distinct priorities.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => OgmGroupDto)
  groups!: OgmGroupDto[];

  @ApiPropertyOptional({ description: 'Revise this OGM instead of creating one: its groups become revision ogm_rev + 1.' })
  @IsOptional() @IsString() @Length(1, 64)
  ogm_id?: string;

  @ApiPropertyOptional({ description: 'Required with ogm_id: the revision you last read.', minimum: 0 })
  @IsOptional() @IsInt() @Min(0)
  expected_revision?: number;
}

export class OgmGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) ogm_id!: string;
}

export class OgmListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: [...ACTIVE_STATUSES] }) @IsOptional() @IsIn(ACTIVE_STATUSES) status?: ActiveStatus;
  @ApiPropertyOptional({ description: 'Only codes starting with this (case-insensitive).' }) @IsOptional() @IsString() @Length(1, 64) code_prefix?: string;
}

export class OgmStatusRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) ogm_id!: string;
  @ApiProperty({ enum: [...ACTIVE_STATUSES] }) @IsIn(ACTIVE_STATUSES) status!: ActiveStatus;
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
}

export class OgmCloneRequest extends BaseRequest {
  @ApiProperty({ description: 'The OGM to copy.' }) @IsString() @Length(1, 64) ogm_id!: string;
  @ApiPropertyOptional({ description: 'Which of its revisions to copy; default its current one.', minimum: 1 }) @IsOptional() @IsInt() @Min(1) ogm_rev?: number;
  @ApiProperty({ description: 'Code of the new OGM (unique per org).', example: 'APPAREL-2' })
  @IsString() @Matches(PVM_CODE_INPUT, { message: `code ${PVM_CODE_MESSAGE}` })
  code!: string;
  @ApiPropertyOptional({ description: 'Defaults to the code.' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;
}

export class OgmDto extends CatalogRecordDto(ACTIVE_STATUSES) {
  @ApiProperty() ogm_id!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ description: 'Current content revision (1 at creation); styles pin it.' }) ogm_rev!: number;
  @ApiProperty({ type: [OgmGroupDto], description: 'The current revision\'s groups, by priority.' }) groups!: OgmGroupDto[];
  @ApiProperty({ type: [OgmRevisionDto] }) revisions!: OgmRevisionDto[];
  @ApiProperty({ type: OgmClonedFromDto, nullable: true }) cloned_from!: OgmClonedFromDto | null;
}
