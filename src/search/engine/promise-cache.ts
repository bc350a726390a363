/**
 * Wraps `load` so that each key is loaded once and its promise shared; a key whose load failed is
 * loaded again when next asked for, so that a reader back online can search.
 */
export function onceEach<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const loaded = new Map<K, Promise<V>>();
  return (key) => {
    let value = loaded.get(key);
    if (!value) {
      const loading = load(key);
      loading.catch(() => {
        if (loaded.get(key) === loading) loaded.delete(key);
      });
      loaded.set(key, loading);
      value = loading;
    }
    return value;
  };
}
