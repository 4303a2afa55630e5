import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { CodeField, FacilityListFilters, RecordMetaDto, RevisionField, StatusFields } from './facility-common.dto';
import { IsIanaTimeZone, IsIsoCountry } from './facility-validators';

export class AddressDto {
  @ApiProperty({ example: '1 Main St' }) @IsString() @Length(1, 200) street!: string;
  @ApiProperty({ example: 'Austin' }) @IsString() @Length(1, 100) city!: string;
  @ApiPropertyOptional({ example: 'TX', description: 'State, province or county.' }) @IsOptional() @IsString() @Length(1, 100) region?: string;
  @ApiPropertyOptional({ example: '78701' }) @IsOptional() @IsString() @Length(1, 20) postal_code?: string;
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2, upper case.' }) @IsIsoCountry() country!: string;
}

export class FacilityPhysicalCreateRequest extends CodeField {
  @ApiProperty({ example: 'Headquarters' }) @IsString() @Length(1, 200) caption!: string;
  @ApiProperty({ type: AddressDto }) @IsDefined() @ValidateNested() @Type(() => AddressDto) address!: AddressDto;
  @ApiPropertyOptional({ example: 'America/Chicago', description: 'IANA time zone of the site.' }) @IsOptional() @IsIanaTimeZone() timezone?: string;
}

export class FacilityPhysicalGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) physical_guid!: string;
}

export class FacilityPhysicalListRequest extends FacilityListFilters() {}

export class FacilityPhysicalUpdateRequest extends RevisionField {
  @ApiProperty() @IsString() @Length(1, 64) physical_guid!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
  @ApiPropertyOptional({ type: AddressDto, description: 'Replaces the whole address.' }) @IsOptional() @ValidateNested() @Type(() => AddressDto) address?: AddressDto;
  @ApiPropertyOptional({ example: 'America/Chicago' }) @IsOptional() @IsIanaTimeZone() timezone?: string;
}

export class FacilityPhysicalStatusRequest extends StatusFields() {
  @ApiProperty() @IsString() @Length(1, 64) physical_guid!: string;
}

export class PhysicalFacilityDto extends RecordMetaDto() {
  @ApiProperty({ enum: ['physical'] }) kind!: 'physical';
  @ApiProperty() physical_guid!: string;
  @ApiProperty() code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ type: AddressDto }) address!: AddressDto;
  @ApiProperty({ type: String, nullable: true }) timezone!: string | null;
}
