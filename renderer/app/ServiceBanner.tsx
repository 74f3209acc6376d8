import { useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onServiceStatus, type ServiceStatus } from '../api/client';

/**
 * The desktop register service's restarts, over everything else: while it restarts, once it is
 * back (the pages reload their data from the new service), and when main gave up on it, with the
 * log to hand to support. Nothing shows in the browser host, which has no such service.
 */
export function ServiceBanner() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ServiceStatus | null>(null);

  useEffect(
    () =>
      onServiceStatus((next) => {
        setStatus(next);
        if (next.state === 'restarted') void queryClient.invalidateQueries();
      }),
    [queryClient],
  );

  if (!status) return null;
  const style = { position: 'fixed', top: 0, left: 0, right: 0, zIndex: 2000, borderRadius: 0 } as const;
  if (status.state === 'failed') {
    const description = (
      <>
        {status.lastError ? <div>{t('service.lastError', { error: status.lastError })}</div> : null}
        <div>{t('service.failed', { logFile: status.logFile })}</div>
      </>
    );
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        style={style}
        message={t('service.failedTitle')}
        description={description}
      />
    );
  }
  if (status.state === 'restarting')
    return <Alert role="status" type="warning" showIcon style={style} message={t('service.restarting')} />;
  return (
    <Alert
      role="status"
      type="success"
      showIcon
      closable
      style={style}
      message={t('service.restarted')}
      onClose={() => setStatus(null)}
    />
  );
}
