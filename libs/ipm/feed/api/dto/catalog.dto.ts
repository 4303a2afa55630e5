import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ListRequest } from '@g3n/platform';

export class EventCatalogListRequest extends ListRequest {
  @ApiPropertyOptional({ example: 'scm', description: 'Only this service\'s event types.' }) @IsOptional() @IsString() @Matches(/^[a-z][a-z0-9]{0,31}$/) service?: string;
  @ApiPropertyOptional({ example: 'order-', description: 'Only actions starting with this.' }) @IsOptional() @IsString() @Matches(/^[a-z0-9-]{1,64}$/) action_prefix?: string;
}

export class ExportContractListRequest extends ListRequest {
  @ApiPropertyOptional({ example: 'scm', description: 'Only this service\'s contract.' }) @IsOptional() @IsString() @Matches(/^[a-z][a-z0-9]{0,31}$/) service?: string;
}

export class EventCatalogEntry {
  @ApiProperty({ example: 'scm.order-placed' }) type!: string;
  @ApiProperty({ example: 'scm' }) service!: string;
  @ApiProperty({ example: 'order-placed' }) action!: string;
  @ApiProperty({ example: 1, description: 'Current schema version (metadata.schema_version of new events).' }) version!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema of data.' }) schema!: Record<string, unknown>;
  @ApiProperty({ example: '<org_guid>/scm.order/<order_id>', description: 'Stream partitioning: one stream per aggregate instance.' }) stream!: string;
}

export class ExportContractAction {
  @ApiProperty({ example: 'order-placed' }) action!: string;
  @ApiProperty({ example: 'scm.order-placed' }) type!: string;
  @ApiProperty() version!: number;
  @ApiProperty() description!: string;
  @ApiProperty() stream!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) schema!: Record<string, unknown>;
}

export class ExportPartitioning {
  @ApiProperty({ enum: ['org_guid'], description: 'A feed carries one org\'s events only.' }) tenant!: string;
  @ApiProperty({ enum: ['log-position'], description: 'Lines are in log order; position is strictly increasing.' }) order!: string;
  @ApiProperty({ enum: ['stream'], description: 'Per-aggregate order: revision +1 per event within a stream.' }) key!: string;
  @ApiProperty({ type: [String], description: 'Stream name patterns of the service.' }) streams!: string[];
}

export class ExportContract {
  @ApiProperty({ example: 'scm' }) service!: string;
  @ApiProperty({ example: 'ipm.cdc:scm', description: 'The feed: POST /ipm/cdc/list with service.' }) stream!: string;
  @ApiProperty({ enum: ['ndjson'] }) format!: string;
  @ApiProperty({ type: ExportPartitioning }) partitioning!: ExportPartitioning;
  @ApiProperty({ description: 'Schema of one line (CdcEvent in the IPM OpenAPI document).' }) schema_url!: string;
  @ApiProperty({ type: [ExportContractAction] }) actions!: ExportContractAction[];
}
