import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

/** A screen named in the navigation whose work is still to come. */
export function PlaceholderPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t(titleKey)}>
      <p>{t('placeholder.body')}</p>
    </Page>
  );
}
