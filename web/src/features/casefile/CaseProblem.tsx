import { useTranslation } from 'react-i18next';
import uiStyles from '../../ui/ui.module.css';
import { caseProblem } from './problems';

/** A refusal shown where it happened, translated from its code. */
export function CaseProblem({ error }: { error: unknown }) {
  const { i18n } = useTranslation();
  return <div className={uiStyles.error} role="alert">{caseProblem(error, i18n)}</div>;
}
