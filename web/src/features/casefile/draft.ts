import type { Registration, RegistrationCorrection } from './queries';
import { emptyDraft, type RegistrationDraft } from './RegistrationFields';

export function draftOf(r: Registration | null): RegistrationDraft {
  if (!r) return emptyDraft;
  return {
    registerNumber: r.registerNumber, clientMasterNumber: r.clientMasterNumber, fullName: r.fullName, birthPlace: r.birthPlace ?? '',
    birthDate: r.birthDate, sex: r.sex ?? '', religion: r.religion ?? '', origin: r.origin, referringAgency: r.referringAgency,
    cohortSequence: r.cohortSequence == null ? '' : String(r.cohortSequence),
  };
}

const trimmed = (value: string) => value.trim();

/** The whole entry for PUT …/registration; empty optional fields are sent as absent. */
export function registrationOf(d: RegistrationDraft): Registration {
  return {
    registerNumber: trimmed(d.registerNumber), clientMasterNumber: trimmed(d.clientMasterNumber), fullName: trimmed(d.fullName),
    birthDate: d.birthDate, sex: (d.sex || null) as Registration['sex'], origin: trimmed(d.origin), referringAgency: trimmed(d.referringAgency),
    birthPlace: trimmed(d.birthPlace) || null, religion: trimmed(d.religion) || null,
    cohortSequence: d.cohortSequence ? Number(d.cohortSequence) : null,
  };
}

/** Only the fields that differ from the entry as it is (PATCH sends what changes), with the reason. */
export function correctionOf(before: RegistrationDraft, after: RegistrationDraft, reason: string): RegistrationCorrection {
  const c: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof RegistrationDraft)[]) {
    if (trimmed(after[key]) === trimmed(before[key])) continue;
    c[key] = key === 'cohortSequence' ? (after[key] ? Number(after[key]) : null) : trimmed(after[key]);
  }
  if (reason.trim()) c.reason = reason.trim();
  return c as RegistrationCorrection;
}

/** Fields a form cannot send empty at all (a date and a choice): refused here, before the gateway would refuse the body. */
export function missingChoices(d: RegistrationDraft): string[] {
  return [...(d.birthDate ? [] : ['birthDate']), ...(d.sex ? [] : ['sex'])];
}
