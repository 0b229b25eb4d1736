/** The administrators' pages, under /beheer. */
export const adminPaths = {
  outbox: '/beheer/postvak',
} as const;
