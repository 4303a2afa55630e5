import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { SUBJECT_KINDS } from '../../comment/comment.events';

const COMMENT_STATUSES = ['open', 'resolved', 'hidden'];
const INBOX_STATUSES = ['open', 'in_progress', 'done', 'dismissed'];
const INBOX_STATES = ['unread', 'read', 'archived'];

export class CommentCreateRequest extends BaseRequest {
  @ApiProperty({ enum: SUBJECT_KINDS }) @IsIn(SUBJECT_KINDS as unknown as string[]) subject_kind!: (typeof SUBJECT_KINDS)[number];
  @ApiProperty({ example: 'exp_123' }) @IsString() @Length(1, 200) subject_id!: string;
  @ApiProperty() @IsString() @Length(1, 4000) body!: string;
}

export class CommentGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) comment_id!: string;
}

export class CommentReviseRequest extends CommentGetRequest {
  @ApiProperty() @IsString() @Length(1, 4000) body!: string;
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class CommentStatusRequest extends CommentGetRequest {
  @ApiProperty({ enum: COMMENT_STATUSES }) @IsIn(COMMENT_STATUSES) status!: 'open' | 'resolved' | 'hidden';
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class CommentListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: SUBJECT_KINDS }) @IsOptional() @IsIn(SUBJECT_KINDS as unknown as string[]) subject_kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) subject_id?: string;
  @ApiPropertyOptional({ enum: COMMENT_STATUSES }) @IsOptional() @IsIn(COMMENT_STATUSES) status?: string;
}

export class CommentReportRequest extends BaseRequest {
  @ApiPropertyOptional({ enum: SUBJECT_KINDS }) @IsOptional() @IsIn(SUBJECT_KINDS as unknown as string[]) subject_kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) subject_id?: string;
}

export class CommentDto {
  @ApiProperty() comment_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: SUBJECT_KINDS }) subject_kind!: string;
  @ApiProperty() subject_id!: string;
  @ApiProperty() body!: string;
  @ApiProperty() author!: string;
  @ApiProperty({ enum: COMMENT_STATUSES }) status!: string;
  @ApiProperty() revisions!: number;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class CommentReportDto {
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Comments by status.' }) by_status!: Record<string, number>;
  @ApiProperty({ description: 'Comments by subject kind.' }) by_subject_kind!: Record<string, number>;
  @ApiProperty({ description: 'Subjects with open comments: { subject_kind, subject_id, open }.' }) open_subjects!: Array<Record<string, unknown>>;
}

export class InboxCreateRequest extends BaseRequest {
  @ApiProperty({ example: 'Check January export totals' }) @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) body?: string;
  @ApiPropertyOptional({ enum: SUBJECT_KINDS }) @IsOptional() @IsIn(SUBJECT_KINDS as unknown as string[]) subject_kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) subject_id?: string;
  @ApiPropertyOptional({ enum: ['low', 'normal', 'high'], default: 'normal' }) @IsOptional() @IsIn(['low', 'normal', 'high']) priority?: 'low' | 'normal' | 'high';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) assignee_user_guid?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() due_at?: string;
}

export class InboxGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 200) inbox_id!: string;
}

export class InboxStatusRequest extends InboxGetRequest {
  @ApiProperty({ enum: INBOX_STATUSES, description: 'The task workflow.' }) @IsIn(INBOX_STATUSES) status!: 'open' | 'in_progress' | 'done' | 'dismissed';
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class InboxStateRequest extends InboxGetRequest {
  @ApiProperty({ enum: INBOX_STATES, description: 'The reading state.' }) @IsIn(INBOX_STATES) state!: 'unread' | 'read' | 'archived';
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class InboxListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: INBOX_STATUSES }) @IsOptional() @IsIn(INBOX_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: INBOX_STATES }) @IsOptional() @IsIn(INBOX_STATES) state?: string;
}

export class InboxItemDto {
  @ApiProperty() inbox_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true }) body!: string | null;
  @ApiProperty({ nullable: true }) subject_kind!: string | null;
  @ApiProperty({ nullable: true }) subject_id!: string | null;
  @ApiProperty({ enum: ['low', 'normal', 'high'] }) priority!: string;
  @ApiProperty({ nullable: true }) assignee_user_guid!: string | null;
  @ApiProperty({ nullable: true }) due_at!: string | null;
  @ApiProperty({ enum: INBOX_STATUSES }) status!: string;
  @ApiProperty({ enum: INBOX_STATES }) state!: string;
  @ApiProperty() created_by!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
