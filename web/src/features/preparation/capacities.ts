import type { Schemas } from '../../api/types';
import type { Conference } from '../sidang/queries';

export type Capacity = Schemas['Capacity'];
type StaffMember = Schemas['StaffMember'];

/**
 * KK1: the capacities a staff member's roles allow in this KK, as the gateway checks them (it
 * still refuses what no longer fits): pimpinan in charge, core members as organisers, one
 * secretary, professionals as members, anyone as invited staff.
 */
export function capacitiesFor(member: StaffMember, coreTeam: readonly string[], kk: Conference): Capacity[] {
  const has = (role: StaffMember['roles'][number]) => member.roles.includes(role);
  const allowed: Capacity[] = [];
  if (has('Pimpinan')) allowed.push('PersonInCharge');
  if (coreTeam.includes(member.id)) allowed.push('Organiser');
  if (has('Sekretaris') && !kk.secretaryId) allowed.push('Secretary');
  if (has('Anggota') || has('Peksos') || has('Psikolog') || has('Medis')) allowed.push('Member');
  allowed.push('InvitedStaff');
  return allowed;
}
