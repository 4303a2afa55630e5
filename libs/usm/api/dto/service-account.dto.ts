import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

export class ServiceAccountCreateRequest extends BaseRequest {
  @ApiProperty({ example: 'erp-sync' }) @IsString() @Length(1, 120) caption!: string;
  @ApiPropertyOptional({ example: 'Nightly ERP integration' }) @IsOptional() @IsString() @MaxLength(500) description?: string;
}

export class ServiceAccountListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'disabled'] }) @IsOptional() @IsIn(['active', 'disabled']) status?: string;
}

export class ServiceAccountStatusRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) service_account_id!: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) @IsIn(['active', 'disabled']) status!: 'active' | 'disabled';
  @ApiProperty({ description: 'The revision you last read.' }) @IsInt() @Min(0) expected_revision!: number;
}

export class ServiceAccount {
  @ApiProperty() service_account_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ nullable: true, type: String }) orgcode!: string | null;
  @ApiProperty() caption!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When revoke_all last revoked this account\'s keys.' }) keys_revoked_at!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
