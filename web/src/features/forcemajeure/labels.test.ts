import { describe, expect, it } from 'vitest';
import { namesOf, stateKey, stateTone } from './labels';

describe('force majeure labels', () => {
  it('FM7: a force majeure whose KK closed without a decision reads "ratification overdue", in the danger tone', () => {
    expect(stateKey({ state: 'InForce', ratificationOverdue: true })).toBe('fm.state.Overdue');
    expect(stateTone({ state: 'InForce', ratificationOverdue: true })).toBe('danger');
    expect(stateKey({ state: 'InForce', ratificationOverdue: false })).toBe('fm.state.InForce');
    expect(stateTone({ state: 'Ratified', ratificationOverdue: false })).toBe('ok');
  });

  it('names staff by id from the directory, nothing for an unknown or missing id', () => {
    const name = namesOf([{ id: 'a', name: 'Mbak Rina Lestari' }]);
    expect(name('a')).toBe('Mbak Rina Lestari');
    expect(name('b')).toBe('');
    expect(name(null)).toBe('');
  });
});
