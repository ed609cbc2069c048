/**
 * Hands values to `write` strictly in index order (0, 1, 2, ...) whatever order they arrive in,
 * one write at a time. `commit(i, v)` resolves once value i has been written; after a failed
 * write, every later commit rejects with the same error.
 */
export function orderedCommitter<T>(write: (value: T) => Promise<void>): (index: number, value: T) => Promise<void> {
  const pending = new Map<number, { value: T; resolve: () => void; reject: (err: unknown) => void }>();
  let next = 0;
  let writing = false;
  let failure: { error: unknown } | null = null;
  const drain = async (): Promise<void> => {
    if (writing) return;
    writing = true;
    try {
      for (let entry = pending.get(next); entry; entry = pending.get(next)) {
        pending.delete(next);
        next += 1;
        try {
          if (failure) throw failure.error;
          await write(entry.value);
          entry.resolve();
        } catch (err) {
          failure ??= { error: err };
          entry.reject(err);
        }
      }
    } finally {
      writing = false;
    }
  };
  return (index, value) =>
    new Promise<void>((resolve, reject) => {
      pending.set(index, { value, resolve, reject });
      void drain();
    });
}
