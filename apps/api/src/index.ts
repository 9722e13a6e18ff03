export { startApi, type RunningApi } from './app';
export { loadConfig, type ApiConfig } from './config';
