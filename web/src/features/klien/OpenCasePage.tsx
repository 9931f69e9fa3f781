import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { CaseProblem } from '../casefile/CaseProblem';
import { refusedFields } from '../casefile/problems';
import { useOpenClient } from '../casefile/queries';
import styles from '../casefile/casefile.module.css';

/** /klien/baru: CL1, a person reached by outreach becomes a prospect; the case file opens after. */
export function OpenCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenClient();
  const [name, setName] = useState('');
  const [where, setWhere] = useState('');
  const refused = refusedFields(open.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate({ name: name.trim(), where: where.trim() }, { onSuccess: (c) => void navigate(`/klien/${c.id}`) });
  };
  return (
    <Page title={t('kasus.open.title')}>
      <form onSubmit={submit} aria-labelledby="page-title" noValidate className={styles.form}>
        <Field label={`${t('kasus.open.name')} *`} invalid={refused.includes('name')}>
          <input value={name} aria-required onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={`${t('kasus.open.where')} *`} invalid={refused.includes('where')}>
          <input value={where} aria-required onChange={(e) => setWhere(e.target.value)} />
        </Field>
        {open.isError && <CaseProblem error={open.error} />}
        <button type="submit" disabled={open.isPending}>{t('kasus.open.submit')}</button>
      </form>
    </Page>
  );
}
