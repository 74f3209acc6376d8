import { createRoot } from 'react-dom/client';
import { createApiClient, createQueryUtils } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n';

async function bootstrap(): Promise<void> {
  await initI18n();
  const client = createApiClient();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(<App api={{ client, orpc: createQueryUtils(client) }} />);
}

void bootstrap();
