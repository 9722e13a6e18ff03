/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Address of the public register (vite.config.ts `define`). */
  readonly VITE_REGISTER_URL: string;
}
