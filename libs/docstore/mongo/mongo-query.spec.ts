/**
 * The MongoDB query documents the adapter builds, checked as data (the contract suite runs them against a real
 * server when one is available). These pin the parts that are easy to get subtly wrong: regex escaping and the
 * keyset's crossing of type boundaries.
 */
import { filterTerms } from '../core/filter-terms';
import { normaliseSort } from '../core/find-plan';
import { escapeRegex, mongoFilter, mongoKeyset, mongoSort } from './mongo-query';

describe('mongo query documents', () => {
  it('passes filter operators through and ANDs several fields', () => {
    expect(mongoFilter(filterTerms({}))).toEqual({});
    expect(mongoFilter(filterTerms({ sku: 'A' }))).toEqual({ sku: { $eq: 'A' } });
    expect(mongoFilter(filterTerms({ 'a.b': { $gt: 1, $lte: 5 }, c: { $in: [1, null] }, d: { $exists: false } }))).toEqual({
      $and: [{ 'a.b': { $gt: 1 } }, { 'a.b': { $lte: 5 } }, { c: { $in: [1, null] } }, { d: { $exists: false } }],
    });
  });

  it('turns $prefix into an anchored regex that matches the prefix literally', () => {
    const prefix = 'a.b*c+(d)[e]{f}|g^h$i\\j?k/l-m';
    const { sku } = mongoFilter(filterTerms({ sku: { $prefix: prefix } })) as { sku: { $regex: string } };
    const regex = new RegExp(sku.$regex);
    expect(regex.test(`${prefix}tail`)).toBe(true);
    expect(regex.test(`x${prefix}`)).toBe(false);
    expect(new RegExp(`^${escapeRegex('a.c')}`).test('abc')).toBe(false);
  });

  it('sorts with _id last, as pairs', () => {
    expect(mongoSort(normaliseSort([{ field: 'n', direction: 'desc' }]))).toEqual([['n', -1], ['_id', -1]]);
  });

  it('continues after a number into later types, ascending', () => {
    const sort = normaliseSort([{ field: 'n', direction: 'asc' }]);
    expect(mongoKeyset(sort, { values: [5], id: 'x' })).toEqual({
      $or: [
        { $or: [{ n: { $gt: 5 } }, { n: { $type: ['string', 'object', 'array', 'bool'] } }] },
        { $and: [{ n: { $eq: 5 } }, { _id: { $gt: 'x' } }] },
      ],
    });
  });

  it('continues after a string into earlier types and null, descending', () => {
    const sort = normaliseSort([{ field: 'n', direction: 'desc' }]);
    expect(mongoKeyset(sort, { values: ['m'], id: 'x' })).toEqual({
      $or: [
        { $or: [{ n: { $lt: 'm' } }, { n: { $type: ['number'] } }, { n: null }] },
        { $and: [{ n: { $eq: 'm' } }, { _id: { $lt: 'x' } }] },
      ],
    });
    // Nothing sorts below null: only its ties remain.
    expect(mongoKeyset(sort, { values: [null], id: 'x' })).toEqual({ $and: [{ n: null }, { _id: { $lt: 'x' } }] });
  });
});
