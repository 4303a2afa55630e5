import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

export class ApiKeyCreateRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) service_account_id!: string;
  @ApiPropertyOptional({ example: 'erp-prod' }) @IsOptional() @IsString() @MaxLength(120) caption?: string;
  @ApiPropertyOptional({ type: [String], example: ['pvv'], description: 'Role profile ids (docs/roles.md); never owner. Default: none (read nothing).' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true })
  role_profiles?: string[];
  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z', description: 'ISO-8601, in the future.' }) @IsOptional() @IsISO8601() expires_at?: string;
}

export class ApiKeyListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) service_account_id?: string;
  @ApiPropertyOptional({ enum: ['active', 'revoked'] }) @IsOptional() @IsIn(['active', 'revoked']) status?: string;
}

export class ApiKeyPolicySetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) api_key_id!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) role_profiles!: string[];
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class ApiKeyRevokeRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) api_key_id!: string;
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class ApiKeyRevokeAllRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) service_account_id!: string;
}

export class ApiKeyRevokeAllOrgRequest extends BaseRequest {}

export class ApiKeyValidateRequest extends BaseRequest {
  @ApiProperty({ example: 'g3n_…' }) @IsString() @Length(1, 256) api_key!: string;
}

export class ApiKey {
  @ApiProperty() api_key_id!: string;
  @ApiProperty() service_account_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ nullable: true, type: String }) orgcode!: string | null;
  @ApiProperty({ nullable: true, type: String }) caption!: string | null;
  @ApiProperty({ type: [String] }) role_profiles!: string[];
  @ApiProperty({ description: 'Last 4 characters of the key, to recognise it.' }) last4!: string;
  @ApiProperty({ enum: ['active', 'revoked', 'expired'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, enum: ['key', 'service-account', 'org'] }) revoked_by!: string | null;
  @ApiProperty({ nullable: true, type: String }) expires_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) revoked_at!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class ApiKeyBinding {
  @ApiProperty() api_key_id!: string;
  @ApiProperty() service_account_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ nullable: true, type: String }) orgcode!: string | null;
  @ApiProperty({ type: [String] }) role_profiles!: string[];
  @ApiProperty({ example: 'active' }) status!: string;
}

export class OrgKeysRevoked {
  @ApiProperty() org_guid!: string;
  @ApiProperty() revoked_at!: string;
  @ApiPropertyOptional() service_account_id?: string;
}
