export { startTestApi, type TestApi } from './start-test-api';
export { freePort } from './free-port';
