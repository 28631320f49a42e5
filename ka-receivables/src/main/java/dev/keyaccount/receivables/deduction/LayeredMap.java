package dev.keyaccount.receivables.deduction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An immutable map that a new version extends with a layer of changes instead of copying: a lookup
 * reads the layers newest first; a layer at least half the size of the one below is merged into it,
 * so there are O(log n) layers and each entry is copied O(log n) times over its life. A ledger that
 * grows by one weekly remittance at a time thus costs per run about the size of the remittance, not
 * of the ledger. Removal writes a tombstone. Below the layers there may be a {@link Base}: a large,
 * read-only table (a ledger read from files, or built by a run at least as large as the ledger before
 * it) that layers are never merged into. Immutable and thread-safe: layers are never changed once
 * built.
 */
final class LayeredMap<K, V> {

  private static final Object REMOVED = new Object();
  private static final LayeredMap<?, ?> EMPTY = new LayeredMap<>(List.of(), 0, null);

  /** A read-only table below the layers. Implementations must be immutable and thread-safe. */
  interface Base<K, V> {
    /** The value for the key, or null. */
    V get(K key);

    /** How many keys have a value. */
    int size();

    /** Calls the action for every key and value. */
    void forEach(BiConsumer<K, V> action);

    /** A base of these parts: its lookup, its size and its walk over every key and value. */
    static <K, V> Base<K, V> of(java.util.function.Function<K, V> get, int size,
        java.util.function.Consumer<BiConsumer<K, V>> forEach) {
      return new Base<>() {
        @Override
        public V get(K key) {
          return get.apply(key);
        }

        @Override
        public int size() {
          return size;
        }

        @Override
        public void forEach(BiConsumer<K, V> action) {
          forEach.accept(action);
        }
      };
    }
  }

  /** Newest first; each an unmodifiable map whose values are V or REMOVED. */
  private final List<Map<K, Object>> layers;
  private final int size;
  /** The table below the layers, or null. */
  private final Base<K, V> base;

  private LayeredMap(List<Map<K, Object>> layers, int size, Base<K, V> base) {
    this.layers = layers;
    this.size = size;
    this.base = base;
  }

  /** A map of the base's keys and values, with no layers. */
  static <K, V> LayeredMap<K, V> over(Base<K, V> base) {
    return new LayeredMap<>(List.of(), base.size(), base);
  }

  @SuppressWarnings("unchecked")
  static <K, V> LayeredMap<K, V> empty() {
    return (LayeredMap<K, V>) EMPTY;
  }

  /** The value for the key, or null. */
  @SuppressWarnings("unchecked")
  V get(K key) {
    for (Map<K, Object> layer : layers) {
      Object value = layer.get(key);
      if (value != null) {
        return value == REMOVED ? null : (V) value;
      }
    }
    return base == null ? null : base.get(key);
  }

  /** Whether a layer holds the key, with a value or removed: then the base's entry, if any, is hidden. */
  boolean inLayers(K key) {
    for (Map<K, Object> layer : layers) {
      if (layer.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** How many keys have a value. */
  int size() {
    return size;
  }

  /**
   * A new map with the changes applied: a null value removes its key.
   *
   * @param changes the changes, not kept
   */
  LayeredMap<K, V> plus(Map<K, V> changes) {
    return plus(changes, false);
  }

  /**
   * As {@link #plus(Map)}, taking the caller's {@link HashMap} as the new layer when it holds no
   * removal, instead of copying it (a run's million new deductions are put once, not twice). The
   * caller must never change or read the map again.
   *
   * @param changes the changes, taken
   */
  LayeredMap<K, V> plusTaking(HashMap<K, V> changes) {
    return plus(changes, !changes.containsValue(null));
  }

  @SuppressWarnings("unchecked")
  private LayeredMap<K, V> plus(Map<K, V> changes, boolean take) {
    if (changes.isEmpty()) {
      return this;
    }
    Map<K, Object> top;
    int newSize = size;
    if (take) {
      top = (Map<K, Object>) (Map<K, ?>) changes;
      for (K key : changes.keySet()) {
        newSize += get(key) != null ? 0 : 1;
      }
    } else {
      top = new HashMap<>(changes.size() * 2);
      for (Map.Entry<K, V> change : changes.entrySet()) {
        boolean had = get(change.getKey()) != null;
        Object value = change.getValue() == null ? REMOVED : change.getValue();
        top.put(change.getKey(), value);
        newSize += (value == REMOVED ? 0 : 1) - (had ? 1 : 0);
      }
    }
    List<Map<K, Object>> older = new ArrayList<>(layers);
    boolean mayHoldRemoved = !take;
    while (!older.isEmpty() && older.get(0).size() <= top.size() * 2) {
      Map<K, Object> merged = new HashMap<>(older.get(0));
      merged.putAll(top);
      top = merged;
      older.remove(0);
      mayHoldRemoved = true;
    }
    if (older.isEmpty() && mayHoldRemoved && base == null) {
      top.values().removeIf(value -> value == REMOVED);
    }
    List<Map<K, Object>> next = new ArrayList<>(older.size() + 1);
    next.add(Collections.unmodifiableMap(top));
    next.addAll(older);
    return new LayeredMap<>(List.copyOf(next), newSize, base);
  }

  /**
   * Calls the action once per key with a value, in no particular order: an entry of a layer is
   * skipped when a newer layer has its key (the newer layers are the smaller ones, so the lookups are
   * cheap and no set of every key is built).
   */
  void forEach(BiConsumer<K, V> action) {
    forEachInLayers(action);
    if (base != null) {
      base.forEach((key, value) -> {
        if (!inLayers(key)) {
          action.accept(key, value);
        }
      });
    }
  }

  /** Calls the action for every key with a value in the layers (not the base's), in no particular order. */
  @SuppressWarnings("unchecked")
  void forEachInLayers(BiConsumer<K, V> action) {
    for (int i = 0; i < layers.size(); i++) {
      for (Map.Entry<K, Object> entry : layers.get(i).entrySet()) {
        if (entry.getValue() != REMOVED && !inNewer(i, entry.getKey())) {
          action.accept(entry.getKey(), (V) entry.getValue());
        }
      }
    }
  }

  private boolean inNewer(int layer, K key) {
    for (int j = 0; j < layer; j++) {
      if (layers.get(j).containsKey(key)) {
        return true;
      }
    }
    return false;
  }
}
