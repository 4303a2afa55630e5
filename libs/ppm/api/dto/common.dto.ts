import { ApiProperty } from '@nestjs/swagger';

/*
 * Bases are factories, not classes: Swagger shares a base class's property metadata between subclasses, and the
 * YAML writer turns shared objects into anchors and aliases (see OFM's facility-common.dto.ts).
 */

/** Fields every PPM record carries. */
export const RecordMetaDto = () => {
  class RecordMeta {
    @ApiProperty() org_guid!: string;
    @ApiProperty({ description: 'Stream revision: 0 after creation, +1 per change. Send it back as expected_revision.' }) revision!: number;
    @ApiProperty() created_at!: string;
    @ApiProperty() updated_at!: string;
  }
  return RecordMeta;
};

export class MoneyDto {
  @ApiProperty({ example: 1999, description: 'Integer minor units of the currency.' }) amount_minor!: number;
  @ApiProperty({ example: 'USD', description: 'ISO 4217.' }) currency!: string;
}

export const codeMessage = { message: '$property must be 1–32 characters of A-Z, 0-9, _ and -, starting with a letter or digit' };
export const channelCodeMessage = { message: 'channel_code must be 2–32 characters of a-z, 0-9, _ and -, starting with a letter or digit' };
