import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MenuKey } from '../../app/menu-key';

/** Sections that later versions fill in say so plainly instead of showing an empty page. */
export function NotBuiltPage({ menuKey }: { menuKey: MenuKey }) {
  const { t } = useTranslation();
  return (
    <Result status="info" title={t('app.notBuiltTitle')} subTitle={t('app.notBuilt', { page: t(`menu.${menuKey}`) })} />
  );
}
