import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

const METRIC = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class UsageRecordRequest extends BaseRequest {
  @ApiProperty({ example: 'api.requests', description: 'Lower-case metric name: [a-z0-9_.-], up to 64.' }) @IsString() @Matches(METRIC) metric!: string;
  @ApiProperty({ example: 120, minimum: 0 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12) quantity!: number;
  @ApiProperty({ example: 'request' }) @IsString() @Matches(/^[a-z0-9_.-]{1,32}$/) unit!: string;
  @ApiProperty({ description: 'When the usage happened (ISO 8601); its UTC date is the rollup day.' }) @IsISO8601() occurred_at!: string;
}

export class UsageGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) usage_id!: string;
}

export class UsageListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(METRIC) metric?: string;
  @ApiPropertyOptional({ example: '2026-01-31' }) @IsOptional() @Matches(DAY) day?: string;
}

export class UsageDto {
  @ApiProperty() usage_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() metric!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() unit!: string;
  @ApiProperty({ nullable: true }) cccode!: string | null;
  @ApiProperty() occurred_at!: string;
  @ApiProperty() day!: string;
  @ApiProperty() recorded_by!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class RollupGetRequest extends BaseRequest {
  @ApiPropertyOptional({ example: '2026-01-31:api.requests:request:-', description: 'day:metric:unit:cccode (- for none); or give day + metric + unit (+ cccode).' })
  @IsOptional() @IsString() @Length(1, 200) rollup_id?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DAY) day?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(METRIC) metric?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9_.-]{1,32}$/) unit?: string;
}

export class RollupListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @Matches(METRIC) metric?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DAY) day?: string;
}

export class RollupDto {
  @ApiProperty() rollup_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() day!: string;
  @ApiProperty() metric!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ nullable: true }) cccode!: string | null;
  @ApiProperty() quantity!: number;
  @ApiProperty() event_count!: number;
  @ApiProperty({ description: 'Log positions of the first and last usage events summed in.' }) first_position!: number;
  @ApiProperty() last_position!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class StorageRecordRequest extends BaseRequest {
  @ApiProperty({ example: 'exports', description: 'What is measured: events, exports, documents, blobs, …' }) @IsString() @Matches(/^[a-z0-9_.-]{1,32}$/) storage_kind!: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) bytes!: number;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) object_count?: number;
  @ApiPropertyOptional({ description: 'When it was measured (default now).' }) @IsOptional() @IsISO8601() measured_at?: string;
}

export class StorageGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 128) storage_usage_id!: string;
}

export class StorageListRequest extends ListRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[a-z0-9_.-]{1,32}$/) storage_kind?: string;
}

export class StorageReconcileRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Only this storage kind.' }) @IsOptional() @IsString() @Matches(/^[a-z0-9_.-]{1,32}$/) storage_kind?: string;
}

export class StorageUsageDto {
  @ApiProperty() storage_usage_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() storage_kind!: string;
  @ApiProperty() bytes!: number;
  @ApiProperty({ nullable: true }) object_count!: number | null;
  @ApiProperty({ nullable: true }) cccode!: string | null;
  @ApiProperty() measured_at!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class ReconciliationLineDto {
  @ApiProperty() storage_kind!: string;
  @ApiProperty({ nullable: true }) recorded_bytes!: number | null;
  @ApiProperty() measured_bytes!: number;
  @ApiProperty({ nullable: true }) difference_bytes!: number | null;
  @ApiProperty({ enum: ['match', 'mismatch', 'unrecorded'] }) status!: string;
}

export class ReconciliationDto {
  @ApiProperty() reconciliation_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty({ type: [ReconciliationLineDto] }) lines!: ReconciliationLineDto[];
  @ApiProperty() scanned_through!: number;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
}

export class ReconcileReportRequest extends BaseRequest {
  @ApiProperty({ example: '2026-01-01', description: 'First UTC day (inclusive).' }) @Matches(DAY) from_day!: string;
  @ApiProperty({ example: '2026-01-31', description: 'Last UTC day (inclusive).' }) @Matches(DAY) to_day!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(METRIC) metric?: string;
}

export class ReconcileReportDto {
  @ApiProperty() from_day!: string;
  @ApiProperty() to_day!: string;
  @ApiProperty({ description: 'Lines: rollup_id, day, metric, unit, cccode, log_quantity, log_event_count, rollup_quantity, rollup_event_count, status.' }) lines!: Array<Record<string, unknown>>;
  @ApiProperty() mismatches!: number;
  @ApiProperty({ enum: ['balanced', 'unbalanced'] }) status!: string;
  @ApiProperty() scanned_through!: number;
}

export class LineageListRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'The export whose events to list (one of export_id, rollup_id).' }) @IsOptional() @IsString() @Length(1, 128) export_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) rollup_id?: string;
}

export class LineageItemDto {
  @ApiProperty() position!: number;
  @ApiProperty() event_id!: string;
  @ApiProperty() type!: string;
  @ApiProperty() stream!: string;
  @ApiProperty() occurred_at!: string;
}

