import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class SourceRefDto {
  @ApiPropertyOptional({ example: 'job' }) @IsString() @Length(1, 64) kind!: string;
  @ApiPropertyOptional({ example: 'job_123' }) @IsString() @Length(1, 128) id!: string;
}

/**
 * Fields every request may carry: the org (as `org_guid` or `orgcode`, else the `x-orgcode` header), why the call
 * is made, what it came from, and a cost centre. Service DTOs extend this.
 */
export class BaseRequest {
  @ApiPropertyOptional({ description: 'The org, when not given by the x-orgcode header.' })
  @IsOptional() @IsString() @Length(1, 64)
  org_guid?: string;

  @ApiPropertyOptional({ description: 'The org by code, when not given by the x-orgcode header.' })
  @IsOptional() @IsString() @Length(1, 32)
  orgcode?: string;

  @ApiPropertyOptional({ description: 'Why the call is made; kept on the events it writes.', example: 'status-set' })
  @IsOptional() @IsString() @MaxLength(200)
  reason?: string;

  @ApiPropertyOptional({ type: [SourceRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SourceRefDto)
  source_refs?: SourceRefDto[];

  @ApiPropertyOptional({ description: 'Cost centre code (or the x-cccode header).' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  cccode?: string;
}

/** Routes that accept the credential in the body (USM session routes): header auth stays canonical. */
export class BodyAuthRequest extends BaseRequest {
  @ApiPropertyOptional({ description: 'Session guid, when not sent as x-session-guid.' })
  @IsOptional() @IsString() @Length(1, 128)
  session_guid?: string;

  @ApiPropertyOptional({ description: 'API key, when not sent as x-api-key.' })
  @IsOptional() @IsString() @Length(1, 256)
  api_key?: string;
}

/** Lists: a page size and the opaque token from the previous page. */
export class ListRequest extends BaseRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'data.next_token of the previous page.' })
  @IsOptional() @IsString() @MaxLength(2048)
  next_token?: string;
}
