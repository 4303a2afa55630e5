import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { RevisionRequest } from './common.dto';
import { CostCentreRecord } from './cost-centre.dto';

/** No org yet, so not a BaseRequest: the orgcode here is the code to claim, not the org to act on. */
export class OrgCreateRequest {
  @ApiProperty({ example: 'ACME', description: 'Trimmed and upper-cased; ^[A-Z0-9][A-Z0-9_-]{1,15}$; unique across the platform.' })
  @IsString() @Length(1, 32)
  orgcode!: string;

  @ApiProperty({ example: 'INV-K3Q7M2XA9B', description: 'Operator-issued, single-use invitation.' })
  @IsString() @Length(1, 64)
  invitation_code!: string;

  @ApiProperty({ description: 'Must be the caller (the session\'s user); becomes the primary owner.' })
  @IsString() @Length(1, 64)
  user_guid!: string;

  @ApiProperty({ example: 'Acme HQ' })
  @IsString() @Length(1, 200)
  caption!: string;

  @ApiPropertyOptional({ example: 'Acme Incorporated' })
  @IsOptional() @IsString() @Length(1, 200)
  legal_name?: string;

  @ApiPropertyOptional({ description: 'Why the call is made; kept on the events it writes.' })
  @IsOptional() @IsString() @MaxLength(200)
  reason?: string;
}

export class OwnerRef {
  @ApiProperty() user_guid!: string;
  @ApiProperty({ enum: ['active', 'suspended'] }) state!: string;
}

export class OrgRecordDto {
  @ApiProperty() org_guid!: string;
  @ApiProperty() orgcode!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ nullable: true, type: String }) legal_name!: string | null;
  @ApiProperty({ enum: ['unverified', 'verified', 'active', 'suspended'] }) status!: string;
  @ApiProperty() primary_owner_user_guid!: string;
  @ApiProperty({ type: [OwnerRef] }) secondary_owners!: OwnerRef[];
  @ApiProperty({ description: 'The DEFAULT cost centre created with the org.' }) default_cc_guid!: string;
  @ApiProperty({ description: 'Stream revision; send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class OrgCreateResponse {
  @ApiProperty({ type: OrgRecordDto }) org!: OrgRecordDto;
  @ApiProperty({ type: CostCentreRecord }) cost_centre!: CostCentreRecord;
}

/** The org is the request's org (x-orgcode, body orgcode or org_guid). */
export class OrgGetRequest extends BaseRequest {}

export class OrgListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['unverified', 'verified', 'active', 'suspended'] })
  @IsOptional() @IsIn(['unverified', 'verified', 'active', 'suspended'])
  status?: string;
}

export class OrgUpdateRequest extends RevisionRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  caption?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it.' })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @Length(1, 200)
  legal_name?: string | null;
}

export class OrgStatusSetRequest extends RevisionRequest {
  @ApiProperty({ enum: ['active', 'suspended'], description: 'active: activate a verified org or restore a suspended one; suspended: suspend.' })
  @IsIn(['active', 'suspended'])
  status!: 'active' | 'suspended';
}
