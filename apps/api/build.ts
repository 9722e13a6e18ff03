import { rm } from 'node:fs/promises';
import { bundleApi } from './bundle';

await rm('dist', { recursive: true, force: true });
await bundleApi('dist');
