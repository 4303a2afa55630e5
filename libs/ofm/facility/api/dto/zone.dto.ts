import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CodeField, RecordMetaDto, StatusFields } from './facility-common.dto';

export class ZoneCreateRequest extends CodeField {
  @ApiProperty() @IsString() @Length(1, 64) logical_guid!: string;
  @ApiProperty({ description: 'A zone of the same logical facility (the ROOT zone for a top-level zone).' }) @IsString() @Length(1, 64) parent_zone_guid!: string;
  @ApiProperty({ example: 'Aisle A1' }) @IsString() @Length(1, 200) caption!: string;
}

export class ZoneGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) zone_guid!: string;
}

export class ZoneListRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Zones of one logical facility (the usual filter).' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ description: 'Direct children of this zone.' }) @IsOptional() @IsString() @Length(1, 64) parent_zone_guid?: string;
  @ApiPropertyOptional({ enum: ['active', 'inactive'] }) @IsOptional() @IsIn(['active', 'inactive']) status?: 'active' | 'inactive';
}

export class ZoneStatusRequest extends StatusFields() {
  @ApiProperty() @IsString() @Length(1, 64) zone_guid!: string;
}

export class ZoneDto extends RecordMetaDto() {
  @ApiProperty() zone_guid!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null only for the ROOT zone.' }) parent_zone_guid!: string | null;
  @ApiProperty({ example: 'A1' }) code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty() is_root!: boolean;
}
