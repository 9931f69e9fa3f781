import type { Me } from '../../api/types';

/** FM1: core members propose, and staff the pimpinan designated (the gateway has the last word). */
export function canPropose(me: Me, designees: string[] | undefined): boolean {
  return !!me.coreDiscipline || (designees ?? []).includes(me.staffId);
}

/** FM2, attested: the secretary records a consent given by phone. */
export function canAttest(me: Me): boolean {
  return me.roles.includes('Sekretaris');
}
