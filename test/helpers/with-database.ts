import { openStore, type Store } from '../../src/store/open-store.js';

/** Runs `work` against a fresh, migrated store (in memory unless a path is given), closed afterwards. */
export async function withDatabase<T>(work: (store: Store) => Promise<T>, path = ':memory:'): Promise<T> {
  const store = await openStore({ path });
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
