import type { Me } from '../../api/types';
import type { Conference } from './queries';

/** What the signed-in person is in this KK; the screens show only what they may do. */
export interface KkRoles {
  readonly me: string;
  /** The secretary or the deputy named for this session: attendance, minutes (KK3). */
  readonly isRecorder: boolean;
  /** The chair, once the session is open: decisions and closing too. */
  readonly isChair: boolean;
  readonly isPimpinan: boolean;
  readonly nameOf: (staffId: string | null | undefined) => string;
}

export function rolesIn(kk: Conference, me: Me): KkRoles {
  const names = new Map((kk.participants ?? []).map((p) => [p.staffId, p.name]));
  return {
    me: me.staffId,
    isRecorder: me.staffId === kk.secretaryId || me.staffId === kk.deputySecretaryId,
    isChair: !!kk.chairId && me.staffId === kk.chairId,
    isPimpinan: me.roles.includes('Pimpinan'),
    nameOf: (staffId) => (staffId && names.get(staffId)) || '—',
  };
}
