import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

export class LifecycleListRequest extends BaseRequest {
  @ApiPropertyOptional({ example: 'scm', description: 'Only this service\'s records.' }) @IsOptional() @IsString() @Matches(/^[a-z][a-z0-9]{0,31}$/) service?: string;
}

export class LifecycleEntry {
  @ApiProperty({ example: 'scm' }) service!: string;
  @ApiProperty({ example: 'order' }) resource!: string;
  @ApiProperty({ example: 'OrderDto', description: 'OpenAPI component schema of the record.' }) schema!: string;
  @ApiProperty({ example: 'status', description: 'Field path in the record.' }) field!: string;
  @ApiProperty({ type: [String], example: ['draft', 'placed', 'cancelled'] }) values!: string[];
}

export class SpecimenGetRequest extends BaseRequest {
  @ApiProperty({ example: 'scm.order-placed', description: 'An event type, or an OpenAPI component schema name (KpiSnapshot, CdcEvent, SuccessEnvelopeDto, …).' })
  @IsString() @Matches(/^[A-Za-z][A-Za-z0-9_.-]{0,127}$/)
  schema_name!: string;
}

export class Specimen {
  @ApiProperty({ example: 'scm.order-placed' }) schema_name!: string;
  @ApiProperty({ enum: ['event', 'schema'] }) kind!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The example (an event: a CdcEvent line).' }) specimen!: Record<string, unknown>;
}

export class PaginationGetRequest extends BaseRequest {}

export class IpmStatRequest extends BaseRequest {}

export class IpmStat {
  @ApiProperty({ example: 'ipm' }) service!: string;
  @ApiProperty({ enum: ['ok'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) timestamp_utc!: string;
  @ApiProperty({ example: 'sqlite' }) eventlog!: string;
  @ApiProperty({ description: 'Event types the catalog publishes.' }) event_types!: number;
  @ApiProperty({ type: [String], description: 'Worker parts running in this process.' }) background!: string[];
}
