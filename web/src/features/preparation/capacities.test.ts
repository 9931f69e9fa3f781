import { describe, expect, it } from 'vitest';
import type { Conference } from '../sidang/queries';
import { capacitiesFor } from './capacities';

const kk = (secretaryId: string | null): Conference => ({ secretaryId }) as Conference;
const person = (roles: string[]) => ({ id: 'p1', name: 'Orang', roles }) as Parameters<typeof capacitiesFor>[0];

describe('KK1 capacities offered when inviting', () => {
  it('offers what the roles allow, invited staff always', () => {
    expect(capacitiesFor(person(['Pimpinan']), [], kk(null))).toEqual(['PersonInCharge', 'InvitedStaff']);
    expect(capacitiesFor(person(['Anggota']), [], kk(null))).toEqual(['Member', 'InvitedStaff']);
    expect(capacitiesFor(person(['Staf']), [], kk(null))).toEqual(['InvitedStaff']);
  });

  it('offers organiser only to a core member and member to a professional outside the core team', () => {
    expect(capacitiesFor(person(['Psikolog']), ['p1'], kk(null))).toEqual(['Organiser', 'Member', 'InvitedStaff']);
    expect(capacitiesFor(person(['Psikolog']), [], kk(null))).toEqual(['Member', 'InvitedStaff']);
  });

  it('offers secretary only while the KK has none', () => {
    expect(capacitiesFor(person(['Sekretaris']), [], kk(null))).toEqual(['Secretary', 'InvitedStaff']);
    expect(capacitiesFor(person(['Sekretaris']), [], kk('s1'))).toEqual(['InvitedStaff']);
  });
});
