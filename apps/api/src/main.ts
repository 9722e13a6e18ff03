import { startApi } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';

const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const api = await startApi(config, logger);
  logger.info({ graphql: `${api.url}/graphql`, health: `${api.url}/health/ready` }, 'API ready');
  if (process.env.SRPO_PRINT_URLS !== 'false') {
    console.log(
      [
        '',
        'Schoolleidersregister PO is running:',
        `  API (GraphQL)        ${api.url}/graphql`,
        `  Admin portal         ${config.appsDir ? `${api.url}/portaal/` : 'http://localhost:5173/'}`,
        `  Public register      ${config.appsDir ? `${api.url}/` : 'http://localhost:5174/'}`,
        '',
      ].join('\n'),
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await api.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'API failed to start');
  process.exit(1);
}
