/** Paths of the portal. Coming: login and a workspace per role (staff, committee, leader, board, provider). */
export const paths = {
  dashboard: '/',
  themes: '/themas',
} as const;
