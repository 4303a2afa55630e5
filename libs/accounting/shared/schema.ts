/** Small builders for the events' JSON schemas (the event catalog and export contracts are generated from them). */
export const str = { type: 'string' };
export const int = { type: 'integer' };
export const num = { type: 'number' };
export const nstr = { type: ['string', 'null'] };
export const strs = { type: 'array', items: str };
export const obj = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties });
export const transition = (id: string) => obj([id, 'from', 'to'], { [id]: str, from: str, to: str });
