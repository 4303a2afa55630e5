import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn, IsISO8601, IsNumber, IsObject, IsOptional, IsString, Length, Matches, MaxLength, registerDecorator, ValidateNested, ValidationArguments,
} from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { KPI_BUCKETS, KPI_COMPARATORS, KPI_PRIORITIES, KpiBucket, KpiComparator, KpiPriority } from '../../kpi/kpi.events';

const KPI_CODE = /^[a-z][a-z0-9_.-]{0,63}$/;
const SCOPE = /^[a-z][a-z0-9_]{0,31}$/;
const SERVICE_CODE = /^[a-z][a-z0-9]{1,31}$/;
const ISO = { strict: true, strictSeparator: true };

/** A flat map of short strings (KPI dimensions): at most 20 keys, keys snake_case, values ≤ 128 characters. */
function IsDimensionMap() {
  return (object: object, propertyName: string) => registerDecorator({
    name: 'isDimensionMap', target: object.constructor, propertyName,
    validator: {
      validate(value: unknown) {
        if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
        const entries = Object.entries(value as Record<string, unknown>);
        return entries.length <= 20 && entries.every(([k, v]) => /^[a-z][a-z0-9_]{0,63}$/.test(k) && typeof v === 'string' && v.length <= 128);
      },
      defaultMessage: (args?: ValidationArguments) => `${args?.property} must map up to 20 snake_case keys to strings of at most 128 characters`,
    },
  });
}

const dimensionsDoc = { type: 'object', additionalProperties: { type: 'string' }, example: { channel_code: 'pos' } } as const;

/** The seeds' `request_context`: accepted for compatibility; the server takes the actor from the credentials. */
export class KpiRequestContext {
  @ApiPropertyOptional({ example: 'ORG1', description: 'Must name the org the request acts on, when given.' }) @IsOptional() @IsString() @Length(1, 32) orgcode?: string;
  @ApiPropertyOptional({ example: 'user:U1', description: 'Informational; the event actor comes from the credentials.' }) @IsOptional() @IsString() @MaxLength(200) actor?: string;
  @ApiPropertyOptional({ example: 'session' }) @IsOptional() @IsString() @MaxLength(32) context_source?: string;
}

/** What identifies a KPI bucket. */
export class KpiBucketInput {
  @ApiProperty({ example: 'inventory_stockout_rate', description: 'lower case, [a-z0-9_.-], ≤ 64.' }) @IsString() @Matches(KPI_CODE) kpi_code!: string;
  @ApiProperty({ example: 'facility', description: 'What the number is about: org, facility (needs logical_guid), channel, team, … (snake_case).' })
  @IsString() @Matches(SCOPE) scope!: string;
  @ApiPropertyOptional({ example: 'LOG1', description: 'Logical facility (OFM) of this org; required for scope facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiProperty({ enum: KPI_BUCKETS, example: 'daily' }) @IsIn(KPI_BUCKETS) bucket!: KpiBucket;
  @ApiProperty({ example: '2026-01-25T00:00:00Z', format: 'date-time' }) @IsISO8601(ISO) bucket_start!: string;
  @ApiProperty({ example: '2026-01-26T00:00:00Z', format: 'date-time', description: 'After bucket_start.' }) @IsISO8601(ISO) bucket_end!: string;
  @ApiPropertyOptional({ ...dimensionsDoc, description: 'Further breakdown; part of the bucket identity.' }) @IsOptional() @IsDimensionMap() dimensions?: Record<string, string>;
}

export class KpiSnapshotInput extends KpiBucketInput {
  @ApiProperty({ example: 0.034 }) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @ApiPropertyOptional({ example: 'ratio', description: 'ratio, percent, count, minor_units, seconds, … (free text ≤ 32).' }) @IsOptional() @IsString() @Length(1, 32) value_unit?: string;
}

export class KpiRecordRequest extends BaseRequest {
  @ApiPropertyOptional({ type: KpiRequestContext }) @IsOptional() @IsObject() @ValidateNested() @Type(() => KpiRequestContext) request_context?: KpiRequestContext;
  @ApiProperty({ type: KpiSnapshotInput }) @IsObject() @ValidateNested() @Type(() => KpiSnapshotInput) kpi!: KpiSnapshotInput;
}

export class KpiThreshold {
  @ApiProperty({ enum: KPI_COMPARATORS, example: 'gt' }) @IsIn(KPI_COMPARATORS) comparator!: KpiComparator;
  @ApiProperty({ example: 0.1 }) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
}

export class KpiAlertInput extends KpiBucketInput {
  @ApiProperty({ example: 0.12, description: 'The value that breached the threshold.' }) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @ApiProperty({ type: KpiThreshold }) @IsObject() @ValidateNested() @Type(() => KpiThreshold) threshold!: KpiThreshold;
  @ApiPropertyOptional({ example: 'TEAM1', description: 'Team (OFM) the alert is for.' }) @IsOptional() @IsString() @Length(1, 64) team_guid?: string;
  @ApiPropertyOptional({ example: 'scm', description: 'Service whose inbox the alert is meant for; recorded only (IPM does not deliver to inboxes).' })
  @IsOptional() @IsString() @Matches(SERVICE_CODE) inbox_service?: string;
  @ApiPropertyOptional({ enum: KPI_PRIORITIES, default: 'normal' }) @IsOptional() @IsIn(KPI_PRIORITIES) priority?: KpiPriority;
}

export class KpiAlertRequest extends BaseRequest {
  @ApiPropertyOptional({ type: KpiRequestContext }) @IsOptional() @IsObject() @ValidateNested() @Type(() => KpiRequestContext) request_context?: KpiRequestContext;
  @ApiProperty({ type: KpiAlertInput }) @IsObject() @ValidateNested() @Type(() => KpiAlertInput) alert!: KpiAlertInput;
}

export class KpiQueryRequest extends ListRequest {
  @ApiProperty({ example: 'inventory_stockout_rate' }) @IsString() @Matches(KPI_CODE) kpi_code!: string;
  @ApiPropertyOptional({ example: 'facility' }) @IsOptional() @IsString() @Matches(SCOPE) scope?: string;
  @ApiPropertyOptional({ example: 'LOG1' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ enum: KPI_BUCKETS }) @IsOptional() @IsIn(KPI_BUCKETS) bucket?: KpiBucket;
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'Buckets starting at or after this instant.' }) @IsOptional() @IsISO8601(ISO) from_utc?: string;
  @ApiPropertyOptional({ example: '2026-01-31T00:00:00Z', description: 'Buckets starting before this instant.' }) @IsOptional() @IsISO8601(ISO) to_utc?: string;
  @ApiPropertyOptional({ ...dimensionsDoc, description: 'Only snapshots with these dimension values.' }) @IsOptional() @IsDimensionMap() dimensions?: Record<string, string>;
}

export class KpiSnapshot {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ example: 'kpi_3f2a…', description: 'Derived from the bucket: recording the same bucket again revises this snapshot.' }) kpi_id!: string;
  @ApiProperty({ example: 'inventory_stockout_rate' }) kpi_code!: string;
  @ApiProperty({ example: 'facility' }) scope!: string;
  @ApiProperty({ nullable: true, example: 'LOG1' }) logical_guid!: string | null;
  @ApiProperty({ enum: KPI_BUCKETS }) bucket!: string;
  @ApiProperty({ format: 'date-time' }) bucket_start!: string;
  @ApiProperty({ format: 'date-time' }) bucket_end!: string;
  @ApiProperty({ example: 0.034 }) value!: number;
  @ApiProperty({ nullable: true, example: 'ratio' }) value_unit!: string | null;
  @ApiProperty(dimensionsDoc) dimensions!: Record<string, string>;
  @ApiProperty({ description: 'Stream revision: 0 when first recorded, +1 per revision.' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class KpiAlert {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ example: 'kpa_…' }) alert_id!: string;
  @ApiProperty({ enum: ['raised'] }) status!: string;
  @ApiProperty({ example: 'inventory_stockout_rate' }) kpi_code!: string;
  @ApiProperty({ example: 0.12 }) value!: number;
  @ApiProperty({ type: KpiThreshold }) threshold!: KpiThreshold;
  @ApiProperty({ example: 'facility' }) scope!: string;
  @ApiProperty({ nullable: true }) logical_guid!: string | null;
  @ApiProperty({ enum: KPI_BUCKETS }) bucket!: string;
  @ApiProperty({ format: 'date-time' }) bucket_start!: string;
  @ApiProperty({ format: 'date-time' }) bucket_end!: string;
  @ApiProperty(dimensionsDoc) dimensions!: Record<string, string>;
  @ApiProperty({ nullable: true }) team_guid!: string | null;
  @ApiProperty({ nullable: true, example: 'scm' }) inbox_service!: string | null;
  @ApiProperty({ enum: ['not-delivered'], description: 'IPM records the alert; delivering it to an inbox is out of scope (docs/ipm.md).' }) inbox_delivery!: string;
  @ApiProperty({ enum: KPI_PRIORITIES }) priority!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}
