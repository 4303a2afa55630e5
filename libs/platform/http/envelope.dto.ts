import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI models of the shared envelope; the runtime objects are built in envelope.ts. */
export class BuildStampDto {
  @ApiProperty({ example: '0.1.0' }) build_major!: string;
  @ApiProperty({ example: '0000000000' }) build_minor!: string;
  @ApiProperty({ example: '0.1.0-0000000000' }) build_id!: string;
}

export class StatsDto {
  @ApiProperty({ example: 'org/create' }) call!: string;
  @ApiProperty({ example: 'ofm' }) service!: string;
  @ApiProperty({ example: '2026-01-24T00:00:00.000Z' }) timestamp_utc!: string;
  @ApiProperty({ example: 'req-123' }) request_id!: string;
  @ApiPropertyOptional({ enum: ['strong', 'pending'], description: 'pending: the write is in the log but a read model had not caught up within the bound.' })
  consistency?: string;
}

export class SuccessEnvelopeDto {
  @ApiProperty({ enum: [true] }) success!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: BuildStampDto }) build!: BuildStampDto;
  @ApiProperty({ type: StatsDto }) stats!: StatsDto;
}

export class ErrorMessageDto {
  @ApiProperty() en_US!: string;
}

export class ErrorMajorDto {
  @ApiProperty({ enum: ['validation-error', 'unauthorized', 'forbidden', 'not-found', 'expected-revision-required', 'conflict', 'invalid-state', 'throttled', 'internal-error'] })
  tag!: string;
  @ApiProperty({ type: ErrorMessageDto }) message!: ErrorMessageDto;
}

export class ErrorMinorDto {
  @ApiProperty({ example: 'org-write-blocked' }) tag!: string;
}

export class ConflictSnapshotDto {
  @ApiProperty({ description: 'The record\'s current revision.' }) revision!: number;
}

export class ErrorBodyDto {
  @ApiProperty({ example: 'ofm.org_write_blocked' }) error_code!: string;
  @ApiProperty({ example: 403 }) http_status!: number;
  @ApiProperty() retryable!: boolean;
  @ApiProperty() request_id!: string;
  @ApiProperty() trace_id!: string;
  @ApiProperty({ type: ErrorMajorDto }) major!: ErrorMajorDto;
  @ApiPropertyOptional({ type: ErrorMinorDto }) minor?: ErrorMinorDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiPropertyOptional({ type: ConflictSnapshotDto }) conflict_snapshot?: ConflictSnapshotDto;
}

export class ErrorEnvelopeDto {
  @ApiProperty({ enum: [false] }) success!: boolean;
  @ApiProperty({ type: ErrorBodyDto }) error!: ErrorBodyDto;
  @ApiProperty({ type: BuildStampDto }) build!: BuildStampDto;
  @ApiProperty({ type: StatsDto }) stats!: StatsDto;
}
