import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { SettingsForm } from './SettingsForm';
import { useSettings } from './queries';

/** TN2/KK5: the panti's time zone, KK recurrence and policy values, each with what it does. */
export function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />;
  // Not keyed by the ETag: a save brings a new one, and the form (with its "saved" line) stays as it is.
  return <SettingsForm saved={settings.data.value} etag={settings.data.etag} />;
}
