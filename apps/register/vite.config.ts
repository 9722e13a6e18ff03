import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

/**
 * Entry pages under Vite as in production (issue 11): the API answers `/register/<number>` with this
 * app's index.html carrying the entry's title, description and JSON-LD (the page a crawler reads
 * without JavaScript); Vite adds its own scripts to it. Without the API the app's plain page is served.
 */
function entryPagesFromApi(): Plugin {
  return {
    name: 'srpo-entry-pages',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (req.method !== 'GET' || !/^\/register\/[^/?]+(\?|$)/.test(url)) return next();
        fetch(`${apiUrl}${url}`)
          .then(async (response) => {
            if (!response.headers.get('content-type')?.startsWith('text/html')) return next();
            const html = await server.transformIndexHtml(url, await response.text(), req.originalUrl);
            res.statusCode = response.status;
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(html);
          })
          .catch(() => next());
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), entryPagesFromApi()],
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
      '/open-data': { target: apiUrl, changeOrigin: true },
      // Verifiable credentials: the issuer (did:web of this site) and its status lists.
      '/.well-known/did.json': { target: apiUrl, changeOrigin: true },
      '/credentials': { target: apiUrl, changeOrigin: true },
    },
  },
}));
