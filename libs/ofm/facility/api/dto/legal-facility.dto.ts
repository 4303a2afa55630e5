import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { CodeField, FacilityListFilters, RecordMetaDto, RevisionField, StatusFields } from './facility-common.dto';

export class FacilityLegalCreateRequest extends CodeField {
  @ApiProperty({ example: 'Acme Incorporated' }) @IsString() @Length(1, 200) caption!: string;
  @ApiPropertyOptional({ example: 'Acme, Inc.' }) @IsOptional() @IsString() @Length(1, 200) legal_name?: string;
  @ApiPropertyOptional({ example: '12-3456789' }) @IsOptional() @IsString() @Length(1, 64) tax_id?: string;
}

export class FacilityLegalGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) legal_guid!: string;
}

export class FacilityLegalListRequest extends FacilityListFilters() {}

export class FacilityLegalUpdateRequest extends RevisionField {
  @ApiProperty() @IsString() @Length(1, 64) legal_guid!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) legal_name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) tax_id?: string;
}

export class FacilityLegalStatusRequest extends StatusFields() {
  @ApiProperty() @IsString() @Length(1, 64) legal_guid!: string;
}

export class LegalFacilityDto extends RecordMetaDto() {
  @ApiProperty({ enum: ['legal'] }) kind!: 'legal';
  @ApiProperty() legal_guid!: string;
  @ApiProperty() code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ type: String, nullable: true }) legal_name!: string | null;
  @ApiProperty({ type: String, nullable: true }) tax_id!: string | null;
}
