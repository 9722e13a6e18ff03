import { useTranslation } from 'react-i18next';
import { WorkspaceNav } from '../layout/WorkspaceNav';
import { paths } from '../routes';

/** The board's pages: its school leaders and its webhooks. */
export function BoardNav() {
  const { t } = useTranslation();
  return (
    <WorkspaceNav
      label={t('webhooks.boardNavLabel')}
      links={[
        { to: paths.board, label: t('webhooks.boardNavLeaders'), end: true },
        { to: paths.boardWebhooks, label: t('webhooks.nav') },
      ]}
    />
  );
}
