import { GlobalOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useApi } from '../api/context';
import { errorText } from '../api/errors';
import { setLocale } from '../i18n';
import { FirstRun } from './FirstRun';
import { menuKeyOf, menuOf, routesFor, type Access } from './routes';

// Until there are accounts every user is a clerk (routes.tsx, Access).
const GRANTED: readonly Access[] = ['clerk'];

export function Shell() {
  const { t, i18n } = useTranslation();
  const { orpc } = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const status = useQuery(orpc.setup.status.queryOptions());

  if (status.isPending) return <Spin fullscreen tip={t('app.loading')} />;
  if (status.isError)
    return <Result status="error" title={t('app.connectFailed')} subTitle={errorText(status.error)} />;
  if (status.data.needsFirstRunChoice) return <FirstRun dataFile={status.data.dataFile} />;

  const routes = routesFor(GRANTED);
  const menu = menuOf(routes);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={200}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16, color: '#c2410c' }}>
          ☀ {t('app.shortTitle')}
        </div>
        <Menu
          mode="inline"
          selectedKeys={[menuKeyOf(routes, location.pathname) ?? 'home']}
          items={menu.map((m) => ({ key: m.key, icon: m.icon, label: t(`menu.${m.key}`) }))}
          onClick={({ key }) => navigate(menu.find((m) => m.key === key)?.path ?? '/')}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            paddingInline: 24,
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.title')}
            {status.data.districtName ? (
              <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: 14 }}>
                {status.data.districtName}
              </Typography.Text>
            ) : null}
          </Typography.Title>
          <Space>
            <Typography.Text type="secondary">{t('app.actor', { actor: status.data.actor })}</Typography.Text>
            <Button icon={<GlobalOutlined />} onClick={() => void setLocale(i18n.language === 'en' ? 'zh-CN' : 'en')}>
              {t('app.language')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Routes>
            {routes.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
