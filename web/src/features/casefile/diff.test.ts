import { describe, expect, it } from 'vitest';
import { diffItems, diffWords } from './diff';

describe('CL3 version diff', () => {
  it('marks the words added and removed between two texts', () => {
    expect(diffWords('Konseling mingguan di panti', 'Konseling dua mingguan di rumah')).toEqual([
      { kind: 'same', text: 'Konseling' },
      { kind: 'added', text: 'dua' },
      { kind: 'same', text: 'mingguan di' },
      { kind: 'removed', text: 'panti' },
      { kind: 'added', text: 'rumah' },
    ]);
  });

  it('matches items by their stable number: kept, changed, annulled and new items', () => {
    const v1 = [{ number: 1, text: 'Bimbingan las' }, { number: 2, text: 'Konseling' }, { number: 3, text: 'Kunjungan' }];
    const v2 = [{ number: 1, text: 'Bimbingan las' }, { number: 2, text: 'Konseling keluarga' }, { number: 4, text: 'Magang' }];
    expect(diffItems(v1, v2).map((c) => [c.number, c.kind])).toEqual([[1, 'same'], [2, 'changed'], [3, 'removed'], [4, 'added']]);
  });

  it('the first version is all new', () => {
    expect(diffItems(undefined, [{ number: 1, text: 'A' }])).toEqual([{ number: 1, kind: 'added', words: [{ kind: 'added', text: 'A' }] }]);
  });

  it('a postponement alone is a change', () => {
    expect(diffItems([{ number: 1, text: 'A' }], [{ number: 1, text: 'A', postponed: true }])[0]?.kind).toBe('changed');
  });
});
