import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import i18n from '../i18n';
import { useMe } from './session';
import { accountLanguage } from './language';
import { Loading } from '../ui/Loading';
import { ErrorNotice } from '../ui/ErrorNotice';

export const PROFILE_PATH = '/profil';

/** Screens behind sign-in: a visitor without a session is sent to Masuk and brought back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const language = me.data ? accountLanguage(me.data) : null;

  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language]);

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  // A one-time password opens nothing but Profil until its owner chooses their own (the gateway refuses the rest).
  if (me.data.mustChangePassword && location.pathname !== PROFILE_PATH) return <Navigate to={PROFILE_PATH} replace />;
  return <>{children}</>;
}
