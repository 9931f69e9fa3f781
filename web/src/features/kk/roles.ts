import type { Me } from '../../api/types';

/** KK5: the pimpinan, the core team and the secretary organise KKs. */
export const canOrganise = (me: Me) => me.roles.includes('Pimpinan') || me.roles.includes('Sekretaris') || me.coreDiscipline != null;

/** KK6: a core member or the pimpinan requests an urgent KK. */
export const canRequestUrgent = (me: Me) => me.roles.includes('Pimpinan') || me.coreDiscipline != null;

export const isPimpinan = (me: Me) => me.roles.includes('Pimpinan');
