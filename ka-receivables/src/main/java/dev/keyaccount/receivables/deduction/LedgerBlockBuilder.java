package dev.keyaccount.receivables.deduction;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.Arrays;

/**
 * Collects the lines of a {@link LedgerBlock} into growing columns, with the index by id and the
 * index of the claims the lines own, and hands the columns to the block it builds: they are not copied
 * again, so a builder sized to the expected count (as every caller that knows it sizes it) builds a
 * block of exact arrays. A line owns its claim when no line added before it has the same account, type,
 * normalised reference and amount. Builds once. Not thread-safe.
 *
 * <p>A {@linkplain #vouched vouched} builder makes no index: its caller knows that no two lines share an
 * id and that no line it gives a claim shares it with another, as a run does of its own lines (it
 * rejected repeated ids and marked repeated claims as duplicates); it keeps each owned claim's hash, and
 * the block makes its indexes when a lookup first needs them.
 */
final class LedgerBlockBuilder {

  // The columns and indexes, read by the block's constructor once built.
  int size;
  String[] id;
  String[] accountId;
  String[] reference;
  byte[] type;
  byte[] state;
  byte[] flags;
  int[] date;
  long[] amount;
  long[] matched;
  long[] writtenOff;
  long[] disputed;
  long[] unresolved;
  long[] recovered;
  long[] lossAccepted;
  LedgerEvent[][] history;
  /** Null for a vouched builder. */
  final IndexTable byId;
  /** For a vouched builder, the hash of the claim each line owns ({@link LedgerBlock#claimHash}); else null. */
  int[] claimHash;
  /** Null for a vouched builder. */
  final IndexTable claims;
  int openCount;
  int claimCount;
  private final IndexTable.SameKey sameId = (k, probe) -> id[k].equals(id[probe]);
  private final IndexTable.SameKey sameClaim;
  /** The normalised reference of the line being added, which {@link #sameClaim} compares with. */
  private String probeText;
  private boolean built;

  /** A builder with room for {@code expected} lines before its columns grow (at least 16). */
  LedgerBlockBuilder(int expected) {
    this(expected, true);
  }

  /**
   * A builder that trusts its caller: each line's id is new, and a line it says owns a claim owns it (no
   * other line added has that claim). Lines go in with {@link #addVouched}, with their claim's hash.
   */
  static LedgerBlockBuilder vouched(int expected) {
    return new LedgerBlockBuilder(expected, false);
  }

  private LedgerBlockBuilder(int expected, boolean indexed) {
    int capacity = Math.max(16, expected);
    id = new String[capacity];
    accountId = new String[capacity];
    reference = new String[capacity];
    type = new byte[capacity];
    state = new byte[capacity];
    flags = new byte[capacity];
    date = new int[capacity];
    amount = new long[capacity];
    matched = new long[capacity];
    writtenOff = new long[capacity];
    disputed = new long[capacity];
    unresolved = new long[capacity];
    byId = indexed ? new IndexTable(capacity) : null;
    claimHash = indexed ? null : new int[capacity];
    claims = indexed ? new IndexTable(capacity) : null;
    sameClaim = (owner, probe) -> amount[owner] == amount[probe] && type[owner] == type[probe]
        && accountId[owner].equals(accountId[probe]) && reference[owner] != null
        && References.normalise(reference[owner]).equals(probeText);
  }

  /**
   * Adds a line unless one with its id was added; the line owns its claim when {@code claimText}
   * (its normalised reference) is not null and no earlier line owns the same claim.
   *
   * @return whether it was added (false: its id was added before)
   */
  boolean add(LedgerLine line, String claimText) {
    return put(line, claimText != null && !claimText.isEmpty() ? claimText : null);
  }

  /**
   * Adds a line to a vouched builder: its id is new, and it owns its claim when {@code ownsClaim} (its
   * caller knows that no other line has it), {@code claimHash} being that claim's
   * {@link LedgerBlock#claimHash} (kept, so that the block's claims are indexed without normalising a
   * reference again).
   *
   * @throws IllegalStateException if the builder is not vouched
   */
  void addVouched(LedgerLine line, boolean ownsClaim, int claimHash) {
    if (byId != null) {
      throw new IllegalStateException("the builder checks its lines: use add");
    }
    int k = size;
    put(line, ownsClaim ? VOUCHED_CLAIM : null);
    if (ownsClaim) {
      this.claimHash[k] = claimHash;
    }
  }

  /** The claim text of a line a vouched builder's caller says owns its claim (a vouched builder never reads it). */
  private static final String VOUCHED_CLAIM = "vouched";

  private boolean put(LedgerLine line, String claimText) {
    if (built) {
      throw new IllegalStateException("this block is built");
    }
    if (size == id.length) {
      grow();
    }
    int k = size;
    id[k] = line.id;
    if (byId != null && byId.putIfAbsent(k, line.id.hashCode(), sameId) >= 0) {
      id[k] = null;
      return false;
    }
    accountId[k] = line.accountId;
    reference[k] = line.reference;
    type[k] = line.type;
    state[k] = line.state;
    date[k] = line.date;
    amount[k] = line.amount;
    matched[k] = line.matched;
    writtenOff[k] = line.writtenOff;
    disputed[k] = line.disputed;
    unresolved[k] = line.unresolved;
    if (line.recovered != 0 || line.lossAccepted != 0) {
      if (recovered == null) {
        recovered = new long[id.length];
        lossAccepted = new long[id.length];
      }
      recovered[k] = line.recovered;
      lossAccepted[k] = line.lossAccepted;
    }
    LedgerEvent[] events = line.storedHistory();
    if (events != null) {
      if (history == null) {
        history = new LedgerEvent[id.length][];
      }
      history[k] = events;
    }
    byte f = line.decided ? LedgerBlock.DECIDED : 0;
    if (line.isOpen()) {
      f |= LedgerBlock.OPEN;
      openCount++;
    }
    size++;
    if (claimText != null) {
      probeText = claimText;
      int hash = claims == null ? 0 : LedgerBlock.claimHash(line.accountId, line.type, claimText, line.amount);
      if (claims == null || claims.putIfAbsent(k, hash, sameClaim) < 0) {
        f |= LedgerBlock.OWNS_CLAIM;
        claimCount++;
      }
      probeText = null;
    }
    flags[k] = f;
    return true;
  }

  /** Doubles the room of every column, the optional ones only if they exist. */
  private void grow() {
    int capacity = id.length * 2;
    id = Arrays.copyOf(id, capacity);
    accountId = Arrays.copyOf(accountId, capacity);
    reference = Arrays.copyOf(reference, capacity);
    type = Arrays.copyOf(type, capacity);
    state = Arrays.copyOf(state, capacity);
    flags = Arrays.copyOf(flags, capacity);
    date = Arrays.copyOf(date, capacity);
    amount = Arrays.copyOf(amount, capacity);
    matched = Arrays.copyOf(matched, capacity);
    writtenOff = Arrays.copyOf(writtenOff, capacity);
    disputed = Arrays.copyOf(disputed, capacity);
    unresolved = Arrays.copyOf(unresolved, capacity);
    recovered = recovered == null ? null : Arrays.copyOf(recovered, capacity);
    lossAccepted = lossAccepted == null ? null : Arrays.copyOf(lossAccepted, capacity);
    history = history == null ? null : Arrays.copyOf(history, capacity);
    claimHash = claimHash == null ? null : Arrays.copyOf(claimHash, capacity);
  }

  /** The block; the builder must not be used afterwards. */
  LedgerBlock build() {
    built = true;
    return new LedgerBlock(this);
  }
}
