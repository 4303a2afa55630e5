import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SPECIMEN_TIME, specimenFromClass, specimenFromSchema } from './specimen';

class Inner {
  @ApiProperty({ enum: ['draft', 'placed'] }) status!: string;
}

class Outer {
  @ApiProperty({ example: 'ORD-1' }) order_code!: string;
  @ApiProperty() quantity!: number;
  @ApiPropertyOptional({ type: [Inner] }) lines?: Inner[];
  @ApiProperty({ type: () => Inner }) head!: Inner;
  @ApiProperty() created_at!: string;
}

describe('specimens', () => {
  it('builds an example from a JSON schema: examples, enums, then types', () => {
    expect(specimenFromSchema({
      type: 'object',
      properties: {
        a: { type: 'string', format: 'date-time' }, b: { type: ['string', 'null'] }, c: { type: 'integer', minimum: 1 },
        d: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } }, e: { type: ['null', 'number'] }, f: { type: 'null' },
      },
    })).toEqual({ a: SPECIMEN_TIME, b: 'string', c: 1, d: ['x'], e: 0, f: null });
  });

  it('builds an example from a DTO class\'s @ApiProperty metadata, nested and lazy types included', () => {
    expect(specimenFromClass(Outer)).toEqual({
      order_code: 'ORD-1', quantity: 1, lines: [{ status: 'draft' }], head: { status: 'draft' }, created_at: SPECIMEN_TIME,
    });
  });
});
