import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { EXPORT_KINDS, IMPORT_KINDS } from '../../job/bulk-job.events';

export class BulkEventFilter {
  @ApiProperty({ example: 'crm', description: 'Service code (the part of the event type before the dot).' })
  @IsString() @Matches(/^[a-z][a-z0-9]{0,31}$/, { message: 'service must be a lower-case service code' })
  service!: string;

  @ApiPropertyOptional({ example: 'customer-', description: 'Only actions starting with this (kebab-case).' })
  @IsOptional() @IsString() @Matches(/^[a-z0-9-]{1,64}$/, { message: 'action_prefix must be kebab-case' })
  action_prefix?: string;
}

const chunkRows = { minimum: 1, maximum: 10000, description: 'Rows per export part, or per validate/commit step (default G3N_BULK_CHUNK_ROWS, 1000).' };

export class BulkExportCreateRequest extends BaseRequest {
  @ApiProperty({ enum: EXPORT_KINDS, description: 'events: the org\'s events from the log, up to the log head at creation; crm.customers / ics.stock-levels: that read model.' })
  @IsIn(EXPORT_KINDS) kind!: (typeof EXPORT_KINDS)[number];

  @ApiPropertyOptional({ type: [BulkEventFilter], description: 'kind events only: any of these service/action prefixes.' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => BulkEventFilter)
  filters?: BulkEventFilter[];

  @ApiPropertyOptional({ description: 'kind ics.stock-levels only: this logical facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ description: 'kind ics.stock-levels only: this variant.' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 10000000, description: 'Stop after this many rows in all.' }) @IsOptional() @IsInt() @Min(1) @Max(10_000_000) limit_rows?: number;
  @ApiPropertyOptional(chunkRows) @IsOptional() @IsInt() @Min(1) @Max(10_000) chunk_rows?: number;
}

/** Continue and commit name the job and pin the step with the token from the job's last answer. */
export class BulkStepRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) job_id!: string;
  @ApiProperty({ description: 'The job\'s continuation_token as last read (409 revision-mismatch when the job moved on).' })
  @IsString() @Length(1, 512) continuation_token!: string;
}

export class BulkExportContinueRequest extends BulkStepRequest {}
export class BulkImportContinueRequest extends BulkStepRequest {}
export class BulkImportCommitRequest extends BulkStepRequest {}

export class BulkImportCreateRequest extends BaseRequest {
  @ApiProperty({ enum: IMPORT_KINDS, description: 'crm.customers: each line a /crm/customer/create body; ics.adjustments: each line an /ics/adjustment/create body.' })
  @IsIn(IMPORT_KINDS) kind!: (typeof IMPORT_KINDS)[number];

  @ApiPropertyOptional({ default: false, description: 'Validate and report only; the job completes after validation and can never commit.' })
  @IsOptional() @IsBoolean() dry_run?: boolean;

  @ApiPropertyOptional(chunkRows) @IsOptional() @IsInt() @Min(1) @Max(10_000) chunk_rows?: number;
}

export class BulkJobGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) job_id!: string;
  @ApiPropertyOptional({ minimum: 1, description: 'Export part whose download_url to sign (default: the latest part).' }) @IsOptional() @IsInt() @Min(1) part?: number;
}

export class BulkJobListRequest extends ListRequest {
  @ApiPropertyOptional({ enum: ['export', 'import'] }) @IsOptional() @IsIn(['export', 'import']) direction?: 'export' | 'import';
  @ApiPropertyOptional({ enum: ['running', 'awaiting_upload', 'validating', 'validated', 'committing', 'completed', 'failed'] })
  @IsOptional() @IsIn(['running', 'awaiting_upload', 'validating', 'validated', 'committing', 'completed', 'failed']) status?: string;
}

export class BulkPartDto {
  @ApiProperty() part!: number;
  @ApiProperty() key!: string;
  @ApiProperty() rows!: number;
  @ApiProperty() bytes!: number;
  @ApiProperty() etag!: string;
}

export class BulkJobErrorDto {
  @ApiProperty({ enum: ['export', 'validate', 'commit'] }) phase!: string;
  @ApiProperty({ example: 'upload-changed' }) minor!: string;
  @ApiProperty() message!: string;
}

export class BulkJob {
  @ApiProperty() job_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ enum: ['export', 'import'] }) direction!: string;
  @ApiProperty({ example: 'crm.customers' }) kind!: string;
  @ApiProperty({ enum: ['running', 'awaiting_upload', 'validating', 'validated', 'committing', 'completed', 'failed'] }) status!: string;
  @ApiProperty() dry_run!: boolean;
  @ApiProperty({ description: 'Filters the export was created with.' }) filters!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: Number }) limit_rows!: number | null;
  @ApiProperty() chunk_rows!: number;
  @ApiProperty({ enum: ['continue', 'commit'], nullable: true, description: 'What to call next with continuation_token (null: nothing left).' }) next_action!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Opaque; pins the next step to this revision.' }) continuation_token!: string | null;
  @ApiProperty({ type: [BulkPartDto] }) parts!: BulkPartDto[];
  @ApiProperty() rows_exported!: number;
  @ApiProperty({ description: 'Import: rows (non-blank lines) validated so far.' }) rows_total!: number;
  @ApiProperty() rows_valid!: number;
  @ApiProperty() rows_invalid!: number;
  @ApiProperty() rows_committed!: number;
  @ApiProperty({ description: 'Valid rows the owning service refused at commit (see the report).' }) rows_failed!: number;
  @ApiProperty({ nullable: true, type: String }) upload_key!: string | null;
  @ApiProperty({ nullable: true, type: String }) report_key!: string | null;
  @ApiProperty({ nullable: true, type: BulkJobErrorDto }) error!: BulkJobErrorDto | null;
  @ApiProperty({ description: 'Stream revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
  @ApiProperty({ nullable: true, type: String }) completed_at!: string | null;
}
