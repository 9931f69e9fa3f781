import type { i18n as I18n } from 'i18next';
import { ApiProblem, problemMessage } from '../../api/problem';

/**
 * A refusal on the case file in the reader's language: this screen's own words for the client
 * codes (kasus.problem.*), else the app-wide problem bundle, else the gateway's detail.
 */
export function caseProblem(error: unknown, i18n: I18n): string {
  if (error instanceof ApiProblem && error.code && i18n.exists(`kasus.problem.${error.code}`)) {
    return i18n.t(`kasus.problem.${error.code}`);
  }
  return problemMessage(error, i18n);
}

/** A stage step's refusal code (the same codes the command answers) as a sentence. */
export function stepWhy(code: string, i18n: I18n): string {
  return i18n.exists(`kasus.problem.${code}`) ? i18n.t(`kasus.problem.${code}`)
    : i18n.exists(`problem.${code}`) ? i18n.t(`problem.${code}`) : code;
}

/** Refusal codes the domain answers about one registration field (422 without `errors`), by wire name. */
const FIELD_OF_CODE: Record<string, string> = {
  register_number_required: 'registerNumber',
  client_master_number_required: 'clientMasterNumber',
  full_name_required: 'fullName',
  origin_required: 'origin',
  referring_agency_required: 'referringAgency',
  birth_date_in_future: 'birthDate',
};

/** The fields a refusal names: the 422's `errors` keys, or the one field its code is about. */
export function refusedFields(error: unknown): string[] {
  if (!(error instanceof ApiProblem)) return [];
  const named = error.errors ? Object.keys(error.errors) : [];
  const byCode = error.code ? FIELD_OF_CODE[error.code] : undefined;
  return byCode ? [...named, byCode] : named;
}
