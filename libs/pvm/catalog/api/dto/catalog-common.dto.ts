import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { PVM_CODE_INPUT, PVM_CODE_MESSAGE } from '../../shared/codes';

/*
 * Factories rather than shared base classes where a property carries an enum: Swagger would otherwise share the
 * property metadata between subclasses and the YAML writer turns the shared objects into anchors (see OFM).
 */

export const codeProperty = {
  description: 'Unique per org for the kind; 1–64 of A–Z 0–9 _ - . (stored upper case). Never changes after creation.',
};

export class PvmCodeField extends BaseRequest {
  @ApiProperty({ ...codeProperty, example: 'VEND1' })
  @IsString() @Matches(PVM_CODE_INPUT, { message: `code ${PVM_CODE_MESSAGE}` })
  code!: string;

  @ApiProperty({ example: 'Vendor One' }) @IsString() @Length(1, 200) caption!: string;
}

export class PvmRevisionField extends BaseRequest {
  @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
}

export class PvmCaptionUpdate extends PvmRevisionField {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) caption?: string;
}

/** Fields every catalog record carries. */
export const CatalogRecordDto = (statuses: readonly string[]) => {
  class CatalogRecord {
    @ApiProperty() org_guid!: string;
    @ApiProperty() code!: string;
    @ApiProperty({ enum: [...statuses] }) status!: string;
    @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
    @ApiProperty() created_at!: string;
    @ApiProperty() updated_at!: string;
  }
  return CatalogRecord;
};
