import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { RevisionRequest } from './common.dto';

export class TeamRecord {
  @ApiProperty() team_guid!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: ['active', 'inactive'] }) status!: string;
  @ApiProperty({ type: [String] }) member_user_guids!: string[];
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class TeamCreateRequest extends BaseRequest {
  @ApiProperty({ example: 'PICKERS', description: 'Trimmed and upper-cased; unique in the org; cannot change.' }) @IsString() @Length(1, 40)
  code!: string;

  @ApiProperty() @IsString() @Length(1, 200)
  caption!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000)
  description?: string;
}

export class TeamRefRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  team_guid!: string;
}

export class TeamListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'inactive'] }) @IsOptional() @IsIn(['active', 'inactive'])
  status?: string;
}

export class TeamUpdateRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  team_guid!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200)
  caption?: string;

  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @Length(1, 1000)
  description?: string | null;
}

export class TeamStatusRequest extends RevisionRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  team_guid!: string;

  @ApiProperty({ enum: ['active', 'inactive'] }) @IsIn(['active', 'inactive'])
  status!: 'active' | 'inactive';
}

export class TeamMemberRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  team_guid!: string;

  @ApiProperty() @IsString() @Length(1, 64)
  user_guid!: string;
}

export class TeamByMemberRequest extends ListRequest {
  @ApiProperty() @IsString() @Length(1, 64)
  user_guid!: string;
}

export class TeamMemberItem {
  @ApiProperty() team_guid!: string;
  @ApiProperty() user_guid!: string;
}
