import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

const KINDS = ['financial_events', 'events'];
const TYPE_PREFIX = /^[a-z0-9]+(\.[a-z0-9-]*)?$/;

/** What an export selects: the kind and optional type prefixes. */
export class ExportScope extends BaseRequest {
  @ApiProperty({ enum: KINDS, description: 'financial_events: orders, tenders, refunds, receipts, invoices, loyalty, gift cards. events: every event of the org.' })
  @IsIn(KINDS) export_kind!: 'financial_events' | 'events';
  @ApiPropertyOptional({ type: [String], example: ['scm.order-', 'scm.tender-'], description: 'Type prefixes narrowing the export.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Matches(TYPE_PREFIX, { each: true }) event_types?: string[];
}

export class ExportCreateRequest extends ExportScope {
  @ApiPropertyOptional({ description: 'Inclusive start of the window on event time (ISO 8601). Default: the beginning.' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ description: 'Exclusive end of the window (ISO 8601). Default: the time of the request.' }) @IsOptional() @IsISO8601() to?: string;
}

export class ExportGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) export_id!: string;
}

export class ExportListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['requested', 'running', 'completed', 'failed'] }) @IsOptional() @IsIn(['requested', 'running', 'completed', 'failed']) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) batch_id?: string;
}

export class ExportFileDto {
  @ApiProperty({ example: 'events.ndjson' }) name!: string;
  @ApiProperty() key!: string;
  @ApiProperty() content_type!: string;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiPropertyOptional({ description: 'Presigned GET (on /export/get only).' }) url?: string;
}

export class ExportDto {
  @ApiProperty() export_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: KINDS }) export_kind!: string;
  @ApiProperty({ nullable: true }) window_from!: string | null;
  @ApiProperty() window_to!: string;
  @ApiProperty({ type: [String] }) event_types!: string[];
  @ApiProperty({ enum: ['requested', 'running', 'completed', 'failed'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true }) last_error!: string | null;
  @ApiProperty({ nullable: true }) batch_id!: string | null;
  @ApiProperty({ nullable: true }) schedule_id!: string | null;
  @ApiProperty({ nullable: true }) event_count!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) counts!: Record<string, number>;
  @ApiProperty({ nullable: true }) first_position!: number | null;
  @ApiProperty({ nullable: true }) last_position!: number | null;
  @ApiProperty({ nullable: true, description: 'The log head when the scan started.' }) scanned_through!: number | null;
  @ApiProperty({ type: [ExportFileDto] }) files!: ExportFileDto[];
  @ApiProperty({ nullable: true }) manifest_sha256!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Presigned GET of events.ndjson (get only, completed exports).' }) download_url?: string | null;
  @ApiPropertyOptional({ nullable: true }) download_expires_at?: string | null;
  @ApiProperty({ nullable: true }) completed_at!: string | null;
  @ApiProperty() requested_by!: string;
  @ApiProperty({ nullable: true }) reason!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class BatchCreateRequest extends ExportScope {
  @ApiProperty({ description: 'Inclusive start of the first window.' }) @IsISO8601() from!: string;
  @ApiProperty({ description: 'Exclusive end of the last window.' }) @IsISO8601() to!: string;
  @ApiProperty({ enum: ['hourly', 'daily'], description: 'Window length: at most 100 windows per batch.' }) @IsIn(['hourly', 'daily']) every!: 'hourly' | 'daily';
}

export class BatchGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) batch_id!: string;
}

export class BatchRepairRequest extends BatchGetRequest {
  @ApiPropertyOptional({ description: 'Optional pin on the batch revision.' }) @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

export class BatchStatusSetRequest extends BatchGetRequest {
  @ApiProperty({ enum: ['open', 'held', 'closed', 'cancelled'] }) @IsIn(['open', 'held', 'closed', 'cancelled']) status!: 'open' | 'held' | 'closed' | 'cancelled';
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class BatchListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['open', 'held', 'closed', 'cancelled'] }) @IsOptional() @IsIn(['open', 'held', 'closed', 'cancelled']) status?: string;
}

export class BatchWindowDto {
  @ApiProperty() export_id!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ enum: ['requested', 'running', 'completed', 'failed'] }) status!: string;
}

export class BatchDto {
  @ApiProperty() batch_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() export_kind!: string;
  @ApiProperty({ type: [String] }) event_types!: string[];
  @ApiProperty({ enum: ['hourly', 'daily'] }) every!: string;
  @ApiProperty() window_from!: string;
  @ApiProperty() window_to!: string;
  @ApiProperty({ type: [BatchWindowDto] }) windows!: BatchWindowDto[];
  @ApiProperty({ enum: ['open', 'held', 'closed', 'cancelled'] }) status!: string;
  @ApiProperty({ description: 'Exports by status.' }) exports!: Record<string, number>;
  @ApiProperty({ enum: ['in-progress', 'has-failures', 'completed'] }) progress!: string;
  @ApiProperty() repairs!: number;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class ScheduleCreateRequest extends ExportScope {
  @ApiProperty({ enum: ['hourly', 'daily'] }) @IsIn(['hourly', 'daily']) every!: 'hourly' | 'daily';
  @ApiPropertyOptional({ description: 'The first window is the UTC hour/day containing this time (default now).' }) @IsOptional() @IsISO8601() starts_at?: string;
}

export class ScheduleGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) schedule_id!: string;
}

export class ScheduleStatusSetRequest extends ScheduleGetRequest {
  @ApiProperty({ enum: ['active', 'paused', 'retired'] }) @IsIn(['active', 'paused', 'retired']) status!: 'active' | 'paused' | 'retired';
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
}

export class ScheduleListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['active', 'paused', 'retired'] }) @IsOptional() @IsIn(['active', 'paused', 'retired']) status?: string;
}

export class ScheduleDto {
  @ApiProperty() schedule_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() export_kind!: string;
  @ApiProperty({ type: [String] }) event_types!: string[];
  @ApiProperty({ enum: ['hourly', 'daily'] }) every!: string;
  @ApiProperty({ enum: ['active', 'paused', 'retired'] }) status!: string;
  @ApiProperty({ description: 'Start of the next window to export.' }) next_window_from!: string;
  @ApiProperty() runs!: number;
  @ApiProperty({ nullable: true }) last_export_id!: string | null;
  @ApiProperty({ nullable: true }) last_run_at!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
