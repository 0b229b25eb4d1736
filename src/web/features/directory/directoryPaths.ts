/**
 * The addresses of the partner directory (sociale kaart), in Dutch like every address of the
 * web app. Addresses carry ids and district codes only: never a name or a search text.
 */
export const directoryPaths = {
  search: '/sociale-kaart',
  entry: (id: string) => `/sociale-kaart/organisaties/${encodeURIComponent(id)}`,
  edit: (id: string) => `/sociale-kaart/organisaties/${encodeURIComponent(id)}/bewerken`,
  whoIsWho: (districtCode: string) =>
    `/sociale-kaart/wie-is-wie/${encodeURIComponent(districtCode)}`,
  exchange: '/sociale-kaart/uitwisselen',
  /** The optional page for residents: no sign-in, public fields only, a quick exit. */
  publicSearch: '/publiek/sociale-kaart',
  publicEntry: (id: string) => `/publiek/sociale-kaart/${encodeURIComponent(id)}`,
} as const;

/** The router's patterns for the pages with a parameter. */
export const directoryRoutePatterns = {
  entry: '/sociale-kaart/organisaties/:id',
  edit: '/sociale-kaart/organisaties/:id/bewerken',
  whoIsWho: '/sociale-kaart/wie-is-wie/:districtCode',
  publicEntry: '/publiek/sociale-kaart/:id',
} as const;
