import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig(({ command }) => ({
  plugins: [react()],
  define: {
    // The register's "Inloggen" link: the portal on the same origin when built (deploy/, `npm run serve`), its dev server
    // otherwise; PORTAL_URL at build time overrides it.
    'import.meta.env.VITE_PORTAL_URL': JSON.stringify(process.env.PORTAL_URL ?? (command === 'build' ? '/portaal/' : 'http://localhost:5173/')),
  },
  resolve: {
    // One copy of each stateful library, also for code that comes in through @srpo/ui.
    dedupe: ['react', 'react-dom', '@emotion/react', '@mui/material', '@apollo/client', 'graphql', 'i18next', 'react-i18next', 'react-router'],
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true },
      '/health': { target: apiUrl, changeOrigin: true },
    },
  },
}));
