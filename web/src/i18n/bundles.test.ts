import { describe, expect, it } from 'vitest';
import id from './id.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(bundle: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], bundle);
}

describe('translation bundles', () => {
  it('have the same keys in id and en', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('use the same placeholders for every key', () => {
    for (const key of keys(id)) {
      expect(placeholders(String(lookup(en, key))), key).toEqual(placeholders(String(lookup(id, key))));
    }
  });

});
