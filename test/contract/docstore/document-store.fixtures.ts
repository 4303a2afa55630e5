/** Data for the DocumentStore contract: documents chosen to tell the filter and ordering rules apart. */
import type { Doc, Filter } from '@g3n/docstore';

export const productDocs: Doc[] = [
  { _id: 'p1', sku: 'A-1', price: 10, qty: 0, active: true, tags: ['red', 'sale'], address: { country: 'DE' }, note: null },
  { _id: 'p2', sku: 'A-2', price: 20.5, active: false, tags: ['blue'], address: { country: 'FR' } },
  { _id: 'p3', sku: 'B-1', price: 5, active: true, tags: [], address: { country: 'DE', city: 'Berlin' } },
  { _id: 'p4', sku: 'b-2', price: '7', active: 1, tags: 'red' },
  { _id: 'p5', sku: 'C', qty: 3 },
];

const ALL = ['p1', 'p2', 'p3', 'p4', 'p5'];

/** [name, filter, ids expected in default (_id) order]. */
export const filterCases: [string, Filter, string[]][] = [
  ['bare equality', { sku: 'A-1' }, ['p1']],
  ['$eq', { price: { $eq: 10 } }, ['p1']],
  ['$eq on a string never matches a number', { price: { $eq: '10' } }, []],
  ['$gt is type-bracketed (no strings)', { price: { $gt: 5 } }, ['p1', 'p2']],
  ['$gte', { price: { $gte: 5 } }, ['p1', 'p2', 'p3']],
  ['$lt', { price: { $lt: 10 } }, ['p3']],
  ['$lte', { price: { $lte: 10 } }, ['p1', 'p3']],
  ['$lt on strings', { price: { $lt: 'A' } }, ['p4']],
  ['range on one field', { price: { $gt: 5, $lt: 20.5 } }, ['p1']],
  ['boolean equality', { active: true }, ['p1', 'p3']],
  ['the number 1 is not true', { active: 1 }, ['p4']],
  ['$gt false', { active: { $gt: false } }, ['p1', 'p3']],
  ['$ne matches missing fields too', { active: { $ne: true } }, ['p2', 'p4', 'p5']],
  ['null matches null and missing', { note: null }, ALL],
  ['null on a mostly present field', { price: null }, ['p5']],
  ['$eq null', { price: { $eq: null } }, ['p5']],
  ['$ne null', { price: { $ne: null } }, ['p1', 'p2', 'p3', 'p4']],
  ['$gte null', { price: { $gte: null } }, ['p5']],
  ['$gt null matches nothing', { price: { $gt: null } }, []],
  ['$exists true (zero counts)', { qty: { $exists: true } }, ['p1', 'p5']],
  ['$exists true (null counts)', { note: { $exists: true } }, ['p1']],
  ['$exists false', { note: { $exists: false } }, ['p2', 'p3', 'p4', 'p5']],
  ['$in', { sku: { $in: ['A-1', 'C', 'zz'] } }, ['p1', 'p5']],
  ['$in with mixed types and null', { price: { $in: [10, '7', null] } }, ['p1', 'p4', 'p5']],
  ['$in empty', { sku: { $in: [] } }, []],
  ['$prefix', { sku: { $prefix: 'A-' } }, ['p1', 'p2']],
  ['$prefix is case-sensitive', { sku: { $prefix: 'b' } }, ['p4']],
  ['$prefix has no wildcards', { sku: { $prefix: 'A_' } }, []],
  ['$prefix escapes regex characters', { sku: { $prefix: 'A.' } }, []],
  ['$prefix empty matches every string', { sku: { $prefix: '' } }, ALL],
  ['dotted path', { 'address.country': 'DE' }, ['p1', 'p3']],
  ['dotted path $exists', { 'address.city': { $exists: true } }, ['p3']],
  ['dotted path $ne', { 'address.country': { $ne: 'DE' } }, ['p2', 'p4', 'p5']],
  ['array element equality', { tags: 'red' }, ['p1', 'p4']],
  ['array $in', { tags: { $in: ['blue', 'sale'] } }, ['p1', 'p2']],
  ['array $ne (no element equals)', { tags: { $ne: 'red' } }, ['p2', 'p3', 'p5']],
  ['array $prefix', { tags: { $prefix: 'bl' } }, ['p2']],
  ['array range', { tags: { $gte: 's' } }, ['p1']],
  ['several fields are ANDed', { active: true, price: { $gt: 6, $lte: 10 } }, ['p1']],
  ['_id equality', { _id: 'p2' }, ['p2']],
  ['_id $in', { _id: { $in: ['p3', 'p1'] } }, ['p1', 'p3']],
  ['_id range', { _id: { $gt: 'p3' } }, ['p4', 'p5']],
  ['_id $prefix', { _id: { $prefix: 'p' } }, ALL],
  ['_id $ne', { _id: { $ne: 'p1' } }, ['p2', 'p3', 'p4', 'p5']],
  ['undefined criteria are ignored', { sku: undefined as unknown as string }, ALL],
];

export const mixedTypeDocs: Doc[] = [
  { _id: 'm-true', v: true },
  { _id: 'm-str-b', v: 'b' },
  { _id: 'm-num', v: 3 },
  { _id: 'm-null', v: null },
  { _id: 'm-false', v: false },
  { _id: 'm-big', v: 10 },
  { _id: 'm-missing' },
  { _id: 'm-str-a', v: 'a' },
  { _id: 'm-neg', v: -5 },
];
