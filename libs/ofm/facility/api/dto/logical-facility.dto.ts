import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { CodeField, FacilityListFilters, RecordMetaDto, RevisionField, StatusFields } from './facility-common.dto';

export class FacilityLogicalCreateRequest extends CodeField {
  @ApiProperty({ description: 'An active physical facility of the org.' }) @IsString() @Length(1, 64) physical_guid!: string;
  @ApiProperty({ description: 'An active legal facility of the org.' }) @IsString() @Length(1, 64) legal_guid!: string;
  @ApiProperty({ example: 'Distribution Center' }) @IsString() @Length(1, 200) caption!: string;
}

export class FacilityLogicalGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) logical_guid!: string;
}

export class FacilityLogicalListRequest extends FacilityListFilters() {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) physical_guid?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) legal_guid?: string;
}

export class FacilityLogicalUpdateRequest extends RevisionField {
  @ApiProperty() @IsString() @Length(1, 64) logical_guid!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional({ description: 'Move onto another active physical facility.' }) @IsOptional() @IsString() @Length(1, 64) physical_guid?: string;
  @ApiPropertyOptional({ description: 'Move onto another active legal facility.' }) @IsOptional() @IsString() @Length(1, 64) legal_guid?: string;
}

export class FacilityLogicalStatusRequest extends StatusFields() {
  @ApiProperty() @IsString() @Length(1, 64) logical_guid!: string;
}

export class LogicalFacilityDto extends RecordMetaDto() {
  @ApiProperty({ enum: ['logical'] }) kind!: 'logical';
  @ApiProperty() logical_guid!: string;
  @ApiProperty() code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty() physical_guid!: string;
  @ApiProperty() legal_guid!: string;
  @ApiProperty({ description: 'The logical facility\'s ROOT zone.' }) root_zone_guid!: string;
}
