import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

export const ID_MAX = 64;
export const CURRENCY = /^[A-Z]{3}$/;
/** Keeps qty × unit cost (and PO totals) well inside safe integers. */
export const MAX_QTY = 1_000_000;
export const MAX_UNIT_COST_MINOR = 100_000_000_000;

export const currencyProperty = { description: 'ISO 4217 code, upper case.', example: 'USD' };
export const currencyRule = () => Matches(CURRENCY, { message: 'currency must be an ISO 4217 code (three upper-case letters)' });

/** Updates and status changes pin the revision the caller last read. */
export class RevisionRequest extends BaseRequest {
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 })
  @IsInt() @Min(0)
  expected_revision!: number;
}

export class RecordTimes {
  @ApiProperty() org_guid!: string;
  @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
