import { IsInt, IsString, validate } from 'class-validator';
import { installValidationMetadataCache } from './validation-metadata-cache';

describe('validation metadata cache', () => {
  it('given the cache is installed, when classes are declared afterwards, then each validates by its own rules', async () => {
    installValidationMetadataCache();
    class First {
      @IsString() name!: unknown;
    }
    const bad = Object.assign(new First(), { name: 1 });
    expect(await validate(bad)).toHaveLength(1);
    expect(await validate(bad)).toHaveLength(1); // served from the memo
    // A class declared after the first lookup (new metadata) clears the memo rather than being missed.
    class Second extends First {
      @IsInt() qty!: unknown;
    }
    const errors = await validate(Object.assign(new Second(), { name: 'x', qty: 'many' }));
    expect(errors.map((e) => e.property)).toEqual(['qty']);
    expect(await validate(Object.assign(new First(), { name: 'ok' }))).toHaveLength(0);
  });
});
