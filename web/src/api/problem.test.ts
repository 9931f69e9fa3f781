import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ApiProblem, problemFields, problemMessage } from './problem';
import id from '../i18n/id.json';
import en from '../i18n/en.json';

async function translator(lng: 'id' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { id: { translation: id }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return i18n;
}

describe('problem to message', () => {
  it('translates a known code in the chosen language', async () => {
    const wrong = new ApiProblem(401, { status: 401, code: 'sign_in_failed', detail: 'User name or password is wrong.' });
    expect(problemMessage(wrong, await translator('id'))).toBe('Kode panti, nama pengguna atau kata sandi salah.');
    expect(problemMessage(wrong, await translator('en'))).toBe('The panti code, user name or password is wrong.');
  });

  it('falls back to the detail for a code the bundles do not know', async () => {
    const p = new ApiProblem(409, { code: 'something_new', detail: 'The gateway says why.' });
    expect(problemMessage(p, await translator('id'))).toBe('The gateway says why.');
  });

  it('falls back to the status when there is neither code nor detail', async () => {
    expect(problemMessage(new ApiProblem(502, null), await translator('id'))).toBe('Permintaan gagal (kode 502).');
  });

  it('tells a network failure as such', async () => {
    expect(problemMessage(new TypeError('Failed to fetch'), await translator('id'))).toContain('Server tidak dapat dihubungi');
  });

  it('lists refused fields', () => {
    const p = new ApiProblem(422, { code: 'invalid_fields', errors: { reason: ['is required.'], start: ['x'] } });
    expect(problemFields(p)).toEqual(['reason', 'start']);
    expect(problemFields(new Error('x'))).toEqual([]);
  });
});
