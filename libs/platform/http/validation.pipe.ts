import { ArgumentMetadata, Injectable, PipeTransform, ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '@g3n/es';
import { installValidationMetadataCache } from './validation-metadata-cache';

export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * Validates request bodies against their DTO: no type coercion, unknown fields rejected, every problem listed
 * as { field, reason } in `details.fields` of one 400 validation-error.
 */
@Injectable()
export class ContractValidationPipe implements PipeTransform {
  constructor() {
    installValidationMetadataCache();
  }

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' || !metadata.metatype || isPrimitive(metadata.metatype)) return value;
    const body = value === undefined || value === null || value === '' ? {} : value;
    if (typeof body !== 'object' || Array.isArray(body)) {
      throw invalid([{ field: '(body)', reason: 'must be a JSON object' }]);
    }
    const instance = plainToInstance(metadata.metatype, body, { enableImplicitConversion: false }) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
    if (errors.length) throw invalid(flatten(errors));
    return instance;
  }
}

export function invalid(fields: FieldProblem[]): DomainError {
  const list = fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
  return new DomainError('validation-error', 'invalid-fields', `Invalid request: ${list}`, { fields });
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, reason: rule === 'whitelistValidation' ? 'unknown field' : message.replace(`${error.property} `, '') });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

function isPrimitive(type: unknown): boolean {
  return [String, Boolean, Number, Array, Object].includes(type as never);
}
