package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * The authorizations' uses of a ledger held as columns, with an index by id: the base of a large
 * ledger, in place of a map of {@link UseLine} values. Each use's consumptions are a range of three
 * shared columns (deduction id, amount, date), so an authorization costs a few dozen bytes and a
 * million of them a few dozen arrays. A {@link UseLine} is built only when one is asked for. Immutable
 * once built, and thread-safe: lookups only read.
 */
final class UseBlock {

  final int size;
  private final String[] id;
  private final long[] amount;
  /** Use {@code k}'s consumptions are {@code [start[k], start[k + 1])} of the consumption columns. */
  private final int[] start;
  private final String[] deductionId;
  private final long[] consumed;
  private final int[] date;
  /** The index by authorization id: the builder's, or made at the first lookup. */
  private final Lazy<IndexTable> byId;

  private UseBlock(Builder b) {
    size = b.size;
    id = b.id;
    amount = b.amount;
    start = b.start;
    deductionId = b.deductionId;
    consumed = b.consumed;
    date = b.date;
    byId = new Lazy<>(b.byId);
  }

  /** The position of the use with this authorization id, or -1. */
  int find(String authorizationId) {
    return byId().find(-1, authorizationId.hashCode(), (k, probe) -> id[k].equals(authorizationId));
  }

  /**
   * Reads, for the authorization ids {@code ids[at[j]]} ({@code ids[j]} when {@code at} is null), {@code j}
   * in {@code [from, to)}, the slot of the index each hashes to and the id and amount of the use that
   * slot holds, all before any is looked up: their cache misses then overlap. Changes nothing; returns
   * a sum of what it read.
   */
  int readAhead(String[] ids, int[] at, int from, int to) {
    IndexTable table = byId();
    int[] first = new int[to - from];
    for (int j = from; j < to; j++) {
      String probe = ids[at == null ? j : at[j]];
      first[j - from] = probe == null ? 0 : table.readAheadFirst(probe.hashCode()) - 1;
    }
    int seen = 0;
    for (int k : first) {
      seen += k < 0 ? 0 : id[k].length() + (int) amount[k];
    }
    return seen;
  }

  /** The index by authorization id, made now if the builder made none. */
  private IndexTable byId() {
    return byId.get(() -> IndexTable.ofIds(id, size, "authorization"));
  }

  /** The use with this authorization id, or null. */
  UseLine get(String authorizationId) {
    int k = find(authorizationId);
    return k < 0 ? null : line(k);
  }

  /** The uses by authorization id, as the base of a ledger's map of uses. */
  LayeredMap.Base<String, UseLine> uses() {
    return LayeredMap.Base.of(this::get, size, action -> {
      for (int k = 0; k < size; k++) {
        action.accept(id[k], line(k));
      }
    });
  }

  /** Where the consumptions of the use at this position start in the consumption columns. */
  int consumptionStart(int k) {
    return start[k];
  }

  /** Where the consumptions of the use at this position end (exclusive). */
  int consumptionEnd(int k) {
    return start[k + 1];
  }

  /** The deduction id of consumption {@code c}. */
  String consumptionDeductionId(int c) {
    return deductionId[c];
  }

  /** The amount (minor units) of consumption {@code c}. */
  long consumptionAmount(int c) {
    return consumed[c];
  }

  /** The date (epoch day) of consumption {@code c}. */
  int consumptionDate(int c) {
    return date[c];
  }

  /** The amount (minor units) of the use at this position. */
  long amount(int k) {
    return amount[k];
  }

  /** The authorization id of the use at this position. */
  String id(int k) {
    return id[k];
  }

  /** The use at this position, built now. */
  UseLine line(int k) {
    int from = start[k];
    int to = start[k + 1];
    return UseLine.restore(id[k], amount[k], Arrays.copyOfRange(deductionId, from, to),
        Arrays.copyOfRange(consumed, from, to), Arrays.copyOfRange(date, from, to));
  }

  /** Collects uses into columns; builds once. Not thread-safe. */
  static final class Builder {

    private int size;
    private String[] id;
    private long[] amount;
    private int[] start;
    private String[] deductionId;
    private long[] consumed;
    private int[] date;
    /** Null for a vouched builder. */
    private final IndexTable byId;
    private final IndexTable.SameKey sameId = (k, probe) -> id[k].equals(id[probe]);
    private boolean built;

    Builder(int expected) {
      this(expected, true);
    }

    /**
     * A builder that trusts its caller that every use it adds has a new authorization id: it makes no
     * index, and the block makes its own when a lookup first needs it.
     */
    static Builder vouched(int expected) {
      return new Builder(expected, false);
    }

    private Builder(int expected, boolean indexed) {
      int capacity = Math.max(16, expected);
      id = new String[capacity];
      amount = new long[capacity];
      start = new int[capacity + 1];
      deductionId = new String[capacity];
      consumed = new long[capacity];
      date = new int[capacity];
      byId = indexed ? new IndexTable(capacity) : null;
    }

    /**
     * Adds a use unless one with its authorization id was added (a vouched builder always adds it).
     *
     * @return whether it was added (false: its id was added before)
     */
    boolean add(UseLine line) {
      if (built) {
        throw new IllegalStateException("this block is built");
      }
      if (size == id.length) {
        id = Arrays.copyOf(id, size * 2);
        amount = Arrays.copyOf(amount, size * 2);
        start = Arrays.copyOf(start, size * 2 + 1);
      }
      int k = size;
      id[k] = line.authorizationId;
      if (byId != null && byId.putIfAbsent(k, line.authorizationId.hashCode(), sameId) >= 0) {
        id[k] = null;
        return false;
      }
      amount[k] = line.amount;
      int from = start[k];
      int n = line.size();
      if (from + n > deductionId.length) {
        int capacity = Math.max(deductionId.length * 2, from + n);
        deductionId = Arrays.copyOf(deductionId, capacity);
        consumed = Arrays.copyOf(consumed, capacity);
        date = Arrays.copyOf(date, capacity);
      }
      for (int c = 0; c < n; c++) {
        deductionId[from + c] = line.deductionId(c);
        consumed[from + c] = line.amount(c);
        date[from + c] = line.date(c);
      }
      start[k + 1] = from + n;
      size++;
      return true;
    }

    /** The block; the builder must not be used afterwards. */
    UseBlock build() {
      built = true;
      return new UseBlock(this);
    }
  }
}
