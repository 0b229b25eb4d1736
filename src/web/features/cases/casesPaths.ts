/**
 * The addresses of the case pages, in Dutch like every address of the web app. They carry a
 * case's id only: never its code's household, a name or a text.
 */
export const casesPaths = {
  list: '/casussen',
  bringIn: '/casussen/inbrengen',
  actions: '/casussen/acties',
  case: (id: string) => `/casussen/${encodeURIComponent(id)}`,
  intake: (id: string) => `/casussen/${encodeURIComponent(id)}/intake`,
} as const;

/** The router's patterns for the pages with a parameter. */
export const casesRoutePatterns = {
  case: '/casussen/:id',
  intake: '/casussen/:id/intake',
} as const;
