import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { RevisionRequest } from './common.dto';

export class MemberInviteCreateRequest extends BaseRequest {
  @ApiProperty({ description: 'The user invited; only their own session can accept.' }) @IsString() @Length(1, 64)
  invitee_user_guid!: string;

  @ApiProperty({ example: 'Inventory staff' }) @IsString() @Length(1, 200)
  caption!: string;

  @ApiProperty({ example: 'pvv', description: 'A role profile id (see docs/roles.md), not `owner`.' }) @IsString() @Length(1, 64)
  role_profile_id!: string;
}

export class MemberInviteRecord {
  @ApiProperty({ description: 'The invite code the invitee accepts with.' }) code!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() invitee_user_guid!: string;
  @ApiProperty() caption!: string;
  @ApiProperty() role_profile_id!: string;
  @ApiProperty() invited_by_user_guid!: string;
  @ApiProperty() expires_at!: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) accepted_by_user_guid!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

/** No org header: the code names the org. */
export class MemberInviteAcceptRequest {
  @ApiProperty({ example: 'MI-K3Q7M2XA9B' }) @IsString() @Length(1, 64)
  code!: string;

  @ApiPropertyOptional({ description: 'Why the call is made; kept on the events it writes.' }) @IsOptional() @IsString() @Length(0, 200)
  reason?: string;
}

export class MemberInviteListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'revoked'] }) @IsOptional() @IsIn(['pending', 'accepted', 'revoked'])
  status?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64)
  invitee_user_guid?: string;
}

export class MemberInviteRevokeRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  code!: string;
}

export class MembershipRecord {
  @ApiProperty() org_guid!: string;
  @ApiProperty() user_guid!: string;
  @ApiProperty() owner!: boolean;
  @ApiProperty({ enum: ['primary', 'secondary'], nullable: true, type: String }) owner_kind!: string | null;
  @ApiProperty({ enum: ['active', 'suspended'], nullable: true, type: String }) owner_state!: string | null;
  @ApiProperty({ enum: ['active', 'suspended', 'removed'], nullable: true, type: String }) member_state!: string | null;
  @ApiProperty({ type: [String] }) member_role_profiles!: string[];
  @ApiProperty({ type: [String], description: 'What the user holds now: `owner` while an active owner, plus member profiles while an active member.' }) role_profiles!: string[];
  @ApiProperty({ enum: ['active', 'suspended', 'removed'] }) state!: string;
  @ApiProperty({ type: [String] }) logical_guids!: string[];
  @ApiProperty({ nullable: true, type: Number, description: 'Member stream revision (expected_revision of /member/state/set); null for an owner who never joined as a member.' }) revision!: number | null;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class MemberListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'suspended', 'removed'] }) @IsOptional() @IsIn(['active', 'suspended', 'removed'])
  state?: string;
}

export class MemberStateSetRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  user_guid!: string;

  @ApiProperty({ enum: ['active', 'suspended', 'removed'] }) @IsIn(['active', 'suspended', 'removed'])
  state!: 'active' | 'suspended' | 'removed';
}

export class MemberLogicalRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  user_guid!: string;

  @ApiProperty() @IsString() @Length(1, 64)
  logical_guid!: string;
}

export class AssignmentListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64)
  user_guid?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64)
  service_account_id?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64)
  logical_guid?: string;
}

export class LogicalAssignmentRecord {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: ['member', 'service_account'] }) principal_kind!: string;
  @ApiProperty({ nullable: true, type: String }) user_guid!: string | null;
  @ApiProperty({ nullable: true, type: String }) service_account_id!: string | null;
  @ApiProperty() logical_guid!: string;
  @ApiProperty() assigned_at!: string;
}

export class ServiceAccountLogicalRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  service_account_id!: string;

  @ApiProperty() @IsString() @Length(1, 64)
  logical_guid!: string;
}

export class MemberResolveRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Also check that the caller is assigned to this logical facility (owners always are).' })
  @IsOptional() @IsString() @Length(1, 64)
  logical_guid?: string;
}

export class MemberResolveRecord {
  @ApiProperty() org_guid!: string;
  @ApiProperty() orgcode!: string;
  @ApiProperty({ enum: ['user', 'apikey'] }) principal_kind!: string;
  @ApiPropertyOptional() user_guid?: string;
  @ApiPropertyOptional() service_account_id?: string;
  @ApiProperty() owner!: boolean;
  @ApiProperty({ type: [String] }) role_profiles!: string[];
  @ApiProperty({ type: [String] }) permissions!: string[];
  @ApiProperty({ enum: ['active'] }) state!: string;
  @ApiProperty({ type: [String] }) logical_guids!: string[];
  @ApiPropertyOptional({ description: 'Present when logical_guid was asked: the assignment holds.' }) logical_guid?: string;
}

export class OwnerListRequest extends ListRequest {}

export class OwnerUserRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  user_guid!: string;
}

export class OwnerPrimarySetRequest extends RevisionRequest {
  @ApiProperty({ description: 'An active secondary owner; the current primary becomes a secondary owner.' }) @IsString() @Length(1, 64)
  user_guid!: string;
}

export class OwnerStateSetRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  user_guid!: string;

  @ApiProperty({ enum: ['active', 'suspended'] }) @IsIn(['active', 'suspended'])
  state!: 'active' | 'suspended';
}

export class OwnerItem {
  @ApiProperty() org_guid!: string;
  @ApiProperty() user_guid!: string;
  @ApiProperty({ enum: ['primary', 'secondary'] }) owner_kind!: string;
  @ApiProperty({ enum: ['active', 'suspended'] }) state!: string;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class ServiceAccountAssignmentsRecord {
  @ApiProperty() org_guid!: string;
  @ApiProperty() service_account_id!: string;
  @ApiProperty({ type: [String] }) logical_guids!: string[];
}
