import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { CaseProblem } from '../casefile/CaseProblem';
import { RegistrationFields } from '../casefile/RegistrationFields';
import { draftOf, missingChoices, registrationOf } from '../casefile/draft';
import { refusedFields } from '../casefile/problems';
import { useRegister } from '../casefile/queries';
import styles from '../casefile/casefile.module.css';
import { isRegistrar } from '../casefile/roles';

/**
 * /klien/daftar?klien=: CL1, Tata Usaha (or the secretary, the pimpinan) enters a definitive
 * candidate in the buku induk; refusals are marked on the fields the 422 names, and the new
 * case file opens after.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [clientId, setClientId] = useState(params.get('klien') ?? '');
  const [draft, setDraft] = useState(draftOf(null));
  const [missing, setMissing] = useState<string[]>([]);
  const register = useRegister();
  const candidates = useQuery({
    queryKey: ['clients', 'list', { stage: 'DefinitiveCandidate', limit: 200 }],
    queryFn: async () => (await unwrap(api.GET('/api/v1/clients', { params: { query: { stage: 'DefinitiveCandidate', limit: 200 } } }))).items,
  });
  const refused = [...missing, ...refusedFields(register.error), ...(clientId ? [] : ['client'])];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lacking = missingChoices(draft);
    setMissing(lacking);
    if (!clientId || lacking.length > 0) return;
    register.mutate({ id: clientId, registration: registrationOf(draft) }, { onSuccess: () => void navigate(`/klien/${clientId}`) });
  };

  if (!isRegistrar(me)) {
    return <Page title={t('kasus.register.title')}><p role="alert">{t('kasus.problem.registration_by_administration')}</p></Page>;
  }
  return (
    <Page title={t('kasus.register.title')}>
      <p>{t('kasus.register.intro')}</p>
      <form onSubmit={submit} aria-labelledby="page-title" noValidate className={styles.form}>
        <Field label={`${t('kasus.register.candidate')} *`} invalid={!!missing.length && !clientId}>
          <select value={clientId} onChange={(e) => setClientId(e.target.value)} aria-required>
            <option value="">{t('kasus.reg.choose')}</option>
            {(candidates.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </Field>
        {candidates.data?.length === 0 && <p>{t('kasus.register.noCandidates')}</p>}
        <RegistrationFields draft={draft} onChange={setDraft} refused={refused} required />
        {register.isError && <CaseProblem error={register.error} />}
        {missing.length > 0 && <p role="alert">{t('kasus.register.completeFields')}</p>}
        <button type="submit" disabled={register.isPending}>{t('kasus.register.submit')}</button>
      </form>
    </Page>
  );
}
