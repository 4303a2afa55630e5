import type { RecordedEvent } from '@g3n/eventlog';
import { actionOf, EventDefinition, serviceOf } from './event-definition';

/** Every event type the system writes, registered once; duplicates fail at start. */
export class EventRegistry {
  private readonly byType = new Map<string, EventDefinition>();

  register(...definitions: EventDefinition[]): this {
    for (const definition of definitions) {
      if (this.byType.has(definition.type)) throw new Error(`event type registered twice: ${definition.type}`);
      this.byType.set(definition.type, definition);
    }
    return this;
  }

  get(type: string): EventDefinition | undefined {
    return this.byType.get(type);
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  versionOf(type: string): number {
    return this.byType.get(type)?.version ?? 1;
  }

  list(): EventDefinition[] {
    return [...this.byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  }

  /** Brings an event written at an older schema version up to the current one; unknown types pass through. */
  upcast(event: RecordedEvent): RecordedEvent {
    const definition = this.byType.get(event.type);
    const from = Number(event.metadata.schema_version ?? 1);
    if (!definition || from >= definition.version) return event;
    let data = event.data;
    for (let version = from; version < definition.version; version++) {
      const step = definition.upcasters!.find((u) => u.fromVersion === version)!;
      data = step.up(data);
    }
    return { ...event, data, metadata: { ...event.metadata, schema_version: definition.version } };
  }

  catalog(): Array<{ type: string; service: string; action: string; version: number; description: string; schema: unknown; stream: string }> {
    return this.list().map((d) => ({
      type: d.type,
      service: serviceOf(d.type),
      action: actionOf(d.type),
      version: d.version,
      description: d.description,
      schema: d.schema,
      stream: d.stream,
    }));
  }
}
