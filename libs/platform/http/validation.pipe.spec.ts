import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { ContractValidationPipe } from './validation.pipe';

class Address {
  @ApiProperty() @IsString() city!: string;
}

class Sample {
  @ApiProperty() @IsString() code!: string;
  @ApiProperty() @IsInt() @Min(0) expected_revision!: number;
  @ApiProperty() @ValidateNested() @Type(() => Address) address!: Address;
}

const pipe = new ContractValidationPipe();
const run = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Sample });

describe('contract validation pipe', () => {
  it('accepts a valid body as a DTO instance', async () => {
    await expect(run({ code: 'A', expected_revision: 0, address: { city: 'Austin' } })).resolves.toBeInstanceOf(Sample);
  });

  it('lists every offending field: wrong types (no coercion), missing, unknown, nested', async () => {
    const error: any = await run({ code: 5, expected_revision: '1', extra: true, address: { city: 1, zip: 'x' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ tag: 'validation-error', minor: 'invalid-fields' });
    const fields = (error.details.fields as Array<{ field: string; reason: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'expected_revision', 'extra', 'address.city', 'address.zip']));
    expect(error.details.fields.find((f: { field: string }) => f.field === 'extra').reason).toBe('unknown field');
  });

  it('refuses a body that is not an object', async () => {
    for (const body of [[1, 2], 'text', 42]) {
      await expect(run(body)).rejects.toMatchObject({ tag: 'validation-error' });
    }
  });
});
