/** Keyset pages newest first: `createdAt` descending, ties broken by id. */
export function newestFirstOrder(): [{ createdAt: 'desc' }, { id: 'desc' }] {
  return [{ createdAt: 'desc' }, { id: 'desc' }];
}

/** The rows after `last` in newest-first order: older, or as old with a smaller id. */
export function olderThan(last: { id: string; createdAt: Date }) {
  return {
    OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }],
  };
}
