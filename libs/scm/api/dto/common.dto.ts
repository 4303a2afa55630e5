import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

export const CURRENCY = /^[A-Z]{3}$/;
export const currencyMessage = { message: 'currency must be an ISO 4217 code (three upper-case letters)' };
export const MAX_QTY = 1_000_000;
export const MAX_MINOR = 1_000_000_000_000;

export class MoneyDto {
  @ApiProperty({ example: 1999, description: 'Integer minor units.' }) amount_minor!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

export class LineQtyDto {
  @ApiProperty({ example: 'L1' }) @IsString() @Length(1, 16) line_id!: string;
  @ApiProperty({ minimum: 1, example: 1 }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
}

/** Fields every SCM record carries; `revision` is the revision of the order stream the record lives in. */
export const RecordMetaDto = () => {
  class RecordMeta {
    @ApiProperty() org_guid!: string;
    @ApiProperty({ description: 'Revision of the order stream (0 after creation, +1 per change to the order or anything in it). Send it back as expected_revision.' })
    revision!: number;
    @ApiProperty() created_at!: string;
    @ApiProperty() updated_at!: string;
  }
  return RecordMeta;
};

export class OrderIdField extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) order_id!: string;
}

export class OptionalRevision extends BaseRequest {
  @ApiPropertyOptional({ minimum: 0, description: 'Optional: when sent, the change is refused (409) if the order moved on.' })
  @IsOptional() @IsInt() @Min(0) expected_revision?: number;
}

