import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig(({ command }) => ({
  // Built, the portal is served under /portaal/ on the register's origin (deploy/, `npm run serve`);
  // the dev server and the browser tests keep it at the root of its own port.
  base: command === 'build' ? '/portaal/' : '/',
  plugins: [
    react(),
    // Each `graphql(...)` call becomes an import of that one document from src/gql/graphql.ts, so a page's
    // operations travel in its own chunk. Without it the generated map of every document lands in the first
    // chunk (376 kB minified). Operations are written only in the features' graphql.ts files.
    babel({
      include: /[\\/]src[\\/](?!gql[\\/]).*[\\/]graphql\.ts$/,
      plugins: [[babelOptimizerPlugin, { artifactDirectory: fileURLToPath(new URL('./src/gql', import.meta.url)), gqlTagName: 'graphql' }]],
    }),
  ],
  define: {
    // The portal's link to the public register on the same origin when built (deploy/, `npm run serve`), its dev server
    // otherwise; REGISTER_URL at build time overrides it.
    'import.meta.env.VITE_REGISTER_URL': JSON.stringify(process.env.REGISTER_URL ?? (command === 'build' ? '/' : 'http://localhost:5174/')),
  },
  resolve: {
    // One copy of each stateful library, also for code that comes in through @srpo/ui.
    dedupe: ['react', 'react-dom', '@emotion/react', '@mui/material', '@apollo/client', 'graphql', 'i18next', 'react-i18next', 'react-router'],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true },
      '/health': { target: apiUrl, changeOrigin: true },
      // Evidence (upload and download) and letters' PDFs: plain HTTP routes of the API, with the session cookie.
      '/documents': { target: apiUrl, changeOrigin: true },
      '/applications': { target: apiUrl, changeOrigin: true },
      '/letters': { target: apiUrl, changeOrigin: true },
      // Providers' CSV of participants: POST /executions/:id/completions.csv.
      '/executions': { target: apiUrl, changeOrigin: true },
      // Portfolio documents (POST /portfolio-cases/:id/themes/:themeId/documents) and invoices (GET /portfolio-cases/:id/invoice.pdf).
      '/portfolio-cases': { target: apiUrl, changeOrigin: true },
      // A board's leaders as CSV/XLSX: GET /boards/leaders.csv and /boards/leaders.xlsx.
      '/boards': { target: apiUrl, changeOrigin: true },
      // The personal-data export: GET /personal-data/me.json|.pdf (leader) and /personal-data/leaders/:id.json|.pdf (staff).
      '/personal-data': { target: apiUrl, changeOrigin: true },
      // The leader's signed credential file: GET /credentials/<id>.jwt.
      '/credentials': { target: apiUrl, changeOrigin: true },
    },
  },
}));
