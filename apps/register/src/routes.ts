/** Paths of the public register. Coming: search (/zoeken), entries (/register/:registerNumber), offerings, statistics. */
export const paths = {
  home: '/',
  themes: '/themas',
} as const;
