import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { FACILITY_CODE_INPUT } from '../../shared/facility-formats';

export class ResolveFacilityRequest extends BaseRequest {
  @ApiProperty({ enum: ['physical', 'legal', 'logical'] }) @IsIn(['physical', 'legal', 'logical']) kind!: 'physical' | 'legal' | 'logical';
  @ApiProperty({ example: 'DC-01' }) @IsString() @Matches(FACILITY_CODE_INPUT, { message: 'code is not a facility code' }) code!: string;
}

export class ResolveZoneRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) logical_guid!: string;
  @ApiProperty({ example: 'A1' }) @IsString() @Matches(FACILITY_CODE_INPUT, { message: 'code is not a zone code' }) code!: string;
}
