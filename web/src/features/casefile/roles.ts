import type { Me } from '../../api/types';

/** CL1: Tata Usaha (Staf), the secretary or the pimpinan registers a client and corrects the buku induk. */
export function isRegistrar(me: Me): boolean {
  return me.roles.some((r) => r === 'Staf' || r === 'Sekretaris' || r === 'Pimpinan');
}

/** The pimpinan or a core member assigns the responsible peksos. */
export function mayAssignPeksos(me: Me): boolean {
  return me.roles.includes('Pimpinan') || !!me.coreDiscipline;
}

/** CL1: outreach (a new prospect) is recorded by a peksos, a core member or the pimpinan. */
export function mayOpenCase(me: Me): boolean {
  return me.roles.includes('Peksos') || me.roles.includes('Pimpinan') || !!me.coreDiscipline;
}
