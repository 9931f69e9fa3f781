import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useCaseFormulation, useCaseRecord, useStaff, type CaseRecord } from './queries';
import styles from './print.module.css';

export interface PrintData {
  record: CaseRecord;
  effective: { number: number | string; text: string; status: string }[];
  nameOf: (id: string | null | undefined) => string;
  pantiName: string;
}

/**
 * A client's form as it prints on A4, always in Indonesian (the panti's record language): the
 * screen shows a print button and the way back; print shows the sheet alone. Reading it is a
 * case-record read (CL6), refused like the case file.
 */
export function PrintFrame({ title, number, children }: { title: string; number: string; children: (data: PrintData) => ReactNode }) {
  const { id = '' } = useParams();
  const { t: screen, i18n } = useTranslation();
  const t = i18n.getFixedT('id');
  const me = useCurrentUser();
  const record = useCaseRecord(id);
  const formulation = useCaseFormulation(id, record.isSuccess);
  const staff = useStaff();
  if (record.isPending || (record.isSuccess && formulation.isPending)) return <Loading />;
  if (record.isError) return <ErrorNotice error={record.error} />;
  const nameOf = (staffId: string | null | undefined) => (staffId && staff.data?.staff?.find((s) => s.id === staffId)?.name) || '';
  const data: PrintData = { record: record.data, effective: formulation.data?.effective ?? [], nameOf, pantiName: me.pantiName };
  return (
    <article className={styles.sheet} lang="id" aria-labelledby="form-title">
      <div className={styles.screenOnly}>
        <button type="button" onClick={() => window.print()}>{screen('kasus.print.print')}</button>
        <Link to={`/klien/${id}`}>{screen('kasus.print.back')}</Link>
      </div>
      <p className={styles.appendix}>{t('kasus.print.appendix')} · {me.pantiName}</p>
      <p className={styles.formNo}>{number}</p>
      <h1 id="form-title">{title}</h1>
      {children(data)}
    </article>
  );
}
