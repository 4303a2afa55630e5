/**
 * Event definitions are the one source of the event catalog, the export contracts and upcasting.
 * Types are `<service>.<action>` (action kebab-case, past tense); data is a plain JSON object described by `schema`.
 */

export type JsonSchema = Record<string, unknown>;

/** Turns data written at `fromVersion` into data of `fromVersion + 1`. Pure. */
export interface Upcaster {
  fromVersion: number;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

export interface EventDefinition {
  type: string;
  /** Current schema version; events are written with it in `metadata.schema_version`. */
  version: number;
  description: string;
  /** JSON Schema of `data` at the current version. */
  schema: JsonSchema;
  /** How streams of this event are partitioned, e.g. `<org>/ics.stock/<logical_guid>:<variant_id>`. */
  stream: string;
  upcasters?: Upcaster[];
}

const TYPE_PATTERN = /^[a-z][a-z0-9]*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function defineEvent(definition: EventDefinition): EventDefinition {
  if (!TYPE_PATTERN.test(definition.type)) {
    throw new Error(`event type ${JSON.stringify(definition.type)} is not <service>.<kebab-action>`);
  }
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new Error(`event ${definition.type}: version must be an integer ≥ 1`);
  }
  const steps = (definition.upcasters ?? []).map((u) => u.fromVersion).sort((a, b) => a - b);
  const expected = Array.from({ length: definition.version - 1 }, (_, i) => i + 1);
  if (steps.join(',') !== expected.join(',')) {
    throw new Error(`event ${definition.type} v${definition.version}: needs one upcaster from each of [${expected.join(', ')}]`);
  }
  return definition;
}

export function serviceOf(type: string): string {
  return type.slice(0, type.indexOf('.'));
}

export function actionOf(type: string): string {
  return type.slice(type.indexOf('.') + 1);
}
