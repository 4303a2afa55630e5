import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';
import { CODE_INPUT } from '../../shared/formats';
import { codeMessage, RecordMetaDto } from './common.dto';

export class UomSetRequest extends BaseRequest {
  @ApiProperty({ example: 'CS12', description: 'The unit\'s code, unique per org (stored upper case). Creates the unit, or updates it when it exists.' })
  @IsString() @Matches(CODE_INPUT, codeMessage)
  code!: string;

  @ApiPropertyOptional({ minimum: 0, description: 'Required when the unit exists (428 otherwise): the revision you last read.' })
  @IsOptional() @IsInt() @Min(0)
  expected_revision?: number;

  @ApiPropertyOptional({ example: 'Case of 12' }) @IsOptional() @IsString() @Length(1, 200) caption?: string;

  @ApiPropertyOptional({ example: 'EA', description: 'The base unit this one is a multiple of (itself a base unit); absent: this is a base unit. Never changes.' })
  @IsOptional() @IsString() @Matches(CODE_INPUT, codeMessage)
  base_uom?: string;

  @ApiPropertyOptional({ example: 12, minimum: 1, maximum: 1000000, description: 'How many base units one of this unit holds (whole number); 1 for a base unit (default).' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000)
  factor?: number;
}

export class UomGetRequest extends BaseRequest {
  @ApiProperty({ example: 'CS12', description: 'The unit\'s code (its identity; case-insensitive).' }) @IsString() @Matches(CODE_INPUT, codeMessage) code!: string;
}

export class UomQueryRequest extends ListRequest {
  @ApiPropertyOptional({ example: 'EA', description: 'Only multiples of this base unit.' }) @IsOptional() @IsString() @Matches(CODE_INPUT, codeMessage) base_uom?: string;
}

export class UomDto extends RecordMetaDto() {
  @ApiProperty({ example: 'CS12', description: 'The unit\'s identity within the org; prices name it as uom_code.' }) code!: string;
  @ApiProperty() caption!: string;
  @ApiProperty({ type: String, nullable: true, example: 'EA' }) base_uom!: string | null;
  @ApiProperty({ example: 12 }) factor!: number;
}
