/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Address of the portal (vite.config.ts `define`). */
  readonly VITE_PORTAL_URL: string;
}
