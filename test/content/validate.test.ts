import { expect } from '@open-wc/testing';
import { validate } from '../../src/content/validate.js';
import type { Schema } from '../../src/content/schema-types.js';
import { combineLayers, readCollection, type ContentProblem } from '../../src/content/collection.js';
import { notesSpec, note } from '../helpers/notes-spec.js';

const schema: Schema = {
  type: 'object',
  required: ['id', 'list'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z]+$', minLength: 1, maxLength: 5 },
    count: { type: 'integer', minimum: 1, maximum: 3 },
    weight: { type: 'number' },
    flag: { type: 'boolean' },
    kind: { type: 'string', enum: ['a', 'b'] },
    when: { type: 'string', format: 'date' },
    list: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', minLength: 1 } },
    texts: { type: 'object', propertyNames: { pattern: '^[a-z]{2}$' }, additionalProperties: { type: 'string' } },
  },
};

describe('content/validate', () => {
  it('accepts a valid value', () => {
    expect(validate({ id: 'abc', list: ['x'], count: 2, weight: 1.5, flag: true, kind: 'a', when: '2025-01-31', texts: { id: 'x' } }, schema)).to.deep.equal([]);
  });

  it('reports each problem with its path and a plain reason', () => {
    const problems = validate(
      { id: 'ABCDEFG', list: [], count: 1.5, weight: 'heavy', flag: 'yes', kind: 'c', when: '2025-02-30', extra: 1, texts: { english: 'x', id: 5 } },
      schema,
      'items[0]',
    );
    const text = problems.map((p) => `${p.path} ${p.reason}`);
    expect(text).to.include('items[0].id has an invalid format: "ABCDEFG"');
    expect(text).to.include('items[0].id must be at most 5 characters (has 7)');
    expect(text).to.include('items[0].list must not be empty');
    expect(text).to.include('items[0].count must be a whole number, got 1.5');
    expect(text).to.include('items[0].weight must be a number, got "heavy"');
    expect(text).to.include('items[0].flag must be a boolean, got "yes"');
    expect(text).to.include('items[0].kind must be one of a, b, got "c"');
    expect(text).to.include('items[0].when must be a date written YYYY-MM-DD, got "2025-02-30"');
    expect(text).to.include('items[0].extra is not a known field (check the spelling)');
    expect(text).to.include('items[0].texts.english is not an allowed name here');
    expect(text).to.include('items[0].texts.id must be a string, got 5');
  });

  it('reports missing fields, bounds and list sizes', () => {
    const text = validate({ count: 9, list: ['a', 'b', ''] }, schema).map((p) => `${p.path} ${p.reason}`);
    expect(text).to.include('id is required');
    expect(text).to.include('count must be ≤ 3, got 9');
    expect(text).to.include('list must have at most 2 items (has 3)');
    expect(text).to.include('list[2] must not be empty');
    expect(validate({ count: 0, id: 'a', list: ['a'] }, schema).map((p) => p.reason)).to.include('must be ≥ 1, got 0');
    expect(validate(null, schema)[0]).to.deep.equal({ path: '(root)', reason: 'must be a object, got null' });
    expect(validate(NaN, { type: 'number' })[0].reason).to.equal('must be a finite number');
    expect(validate('ab', { type: 'string', minLength: 3 })[0].reason).to.equal('must be at least 3 characters');
    expect(validate([1], { type: 'array', minItems: 2 })[0].reason).to.equal('must have at least 2 items');
  });
});

describe('content/collection', () => {
  it('keeps valid items and drops invalid ones with precise messages', () => {
    const problems: ContentProblem[] = [];
    const layer = readCollection(notesSpec, { stats: [note('a'), { ...note('b'), checkedOn: 'yesterday' }, note('a'), note('c')] }, 'content-src', problems);
    expect(layer.items!.map((i) => i.id)).to.deep.equal(['a', 'c']);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'content-src: stats[1].checkedOn must be a date written YYYY-MM-DD, got "yesterday". This item is skipped.',
      'content-src: stats[2].id "a" is used twice; the second one is skipped.',
    ]);
  });

  it('explains packs that are not objects or lists', () => {
    const problems: ContentProblem[] = [];
    expect(readCollection(notesSpec, [1], 'inline JSON', problems).items).to.equal(undefined);
    expect(readCollection(notesSpec, { stats: 'x' }, 'inline JSON', problems).items).to.deep.equal([]);
    expect(readCollection(notesSpec, { other: [] }, 'inline JSON', problems).items).to.equal(undefined);
    expect(problems.map((p) => p.code)).to.deep.equal(['content-invalid', 'content-invalid']);
  });

  it('summarises many problems in one item and caps the number of items', () => {
    const problems: ContentProblem[] = [];
    readCollection(notesSpec, { stats: [{ id: 'X', a: 1, b: 2, c: 3 }] }, 'src', problems);
    expect(problems[0].message).to.match(/\(\+\d+ more\)/);
    const many = Array.from({ length: 120 }, (_, i) => note(`n${i}`));
    const layer = readCollection(notesSpec, { stats: many }, 'src', problems);
    expect(layer.items).to.have.length(100);
    expect(problems[problems.length - 1].message).to.contain('only the first 100');
  });

  it('lets a normaliser drop an item with its own reason', () => {
    const problems: ContentProblem[] = [];
    const layer = readCollection(notesSpec, { stats: [{ ...note('z'), text: {} }] }, 'src', problems);
    expect(layer.items).to.deep.equal([]);
    expect(problems[0].message).to.equal('src: stats[0] has no texts');
  });

  it('combines layers: replace by default, merge by id on request, never empty', () => {
    const problems: ContentProblem[] = [];
    const a = { id: 'a' };
    const b = { id: 'b' };
    const a2 = { id: 'a', v: 2 } as { id: string };
    expect(combineLayers('stats', [{ origin: 'd', items: [a, b] }, { origin: 's', items: [a2] }], problems)).to.deep.equal([a2]);
    expect(combineLayers('stats', [{ origin: 'd', items: [a, b] }, { origin: 's', items: [a2], merge: true }], problems)).to.deep.equal([a2, b]);
    expect(combineLayers('stats', [{ origin: 'd', items: [a, b] }, { origin: 's', items: [] }, { origin: 'x' }], problems)).to.deep.equal([a, b]);
    expect(problems.map((p) => p.code)).to.deep.equal(['content-empty']);
  });
});
