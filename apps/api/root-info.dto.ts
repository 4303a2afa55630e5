import { ApiProperty } from '@nestjs/swagger';

export class ProjectionSummaryDto {
  @ApiProperty({ example: 'platform.log-stats' }) name!: string;
  @ApiProperty({ enum: ['starting', 'catching-up', 'live', 'error', 'standby', 'stopped'] }) state!: string;
  @ApiProperty({ description: 'Serving generation (bumped by each blue-green rebuild).' }) generation!: number;
  @ApiProperty({ description: 'Log position the serving generation has applied.' }) checkpoint!: number;
  @ApiProperty({ description: 'Log positions behind the head.' }) lag!: number;
}

export class LogInfoDto {
  @ApiProperty({ description: 'Position of the newest event in the log (0 when empty).' }) head_position!: number;
}

/** `GET /`: what this deployment runs. */
export class RootInfoDto {
  @ApiProperty({ example: 'g3n' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ description: 'Commit the build came from, or "unknown".' }) commit!: string;
  @ApiProperty({ enum: ['embedded', 'production'] }) mode!: string;
  @ApiProperty({ enum: ['sqlite', 'eventstoredb'] }) eventlog!: string;
  @ApiProperty({ enum: ['sqlite', 'mongodb'] }) docstore!: string;
  @ApiProperty({ enum: ['files', 's3'] }) blobstore!: string;
  @ApiProperty({ required: false, description: 'Embedded data directory.' }) data_dir?: string;
  @ApiProperty({ enum: ['in-process', 'separate'] }) worker!: string;
  @ApiProperty({ type: LogInfoDto }) log!: LogInfoDto;
  @ApiProperty({ type: [ProjectionSummaryDto] }) projections!: ProjectionSummaryDto[];
  @ApiProperty() uptime_s!: number;
}
