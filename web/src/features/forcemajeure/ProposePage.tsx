import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { useClients } from './queries';
import { FormulationItems } from './FormulationItems';
import { ProposeForm } from './ProposeForm';

/** /fm/baru?client=&item=: choose the client, see its formulation with overrides marked, propose on one item (FM1, FM4). */
export function ProposePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const clientId = params.get('client') ?? '';
  const item = Number(params.get('item') ?? '') || undefined;
  const clients = useClients();

  return (
    <Page title={t('fm.propose.title')}>
      <Field label={t('fm.propose.client')}>
        <select value={clientId} onChange={(e) => setParams(e.target.value ? { client: e.target.value } : {})}>
          <option value="">{t('fm.propose.chooseClient')}</option>
          {(clients.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>{c.name}{c.registerNumber ? ` · ${c.registerNumber}` : ''}</option>
          ))}
        </select>
      </Field>
      {clientId && <FormulationItems clientId={clientId} chosen={item} />}
      {clientId && item && <ProposeForm key={`${clientId}-${item}`} clientId={clientId} itemNumber={item} onDone={(id) => void navigate(`/fm/${id}`)} />}
    </Page>
  );
}
