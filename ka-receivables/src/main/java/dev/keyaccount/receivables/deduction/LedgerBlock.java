package dev.keyaccount.receivables.deduction;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Deductions of a ledger held as columns, with an index by id and an index of the claims they own:
 * the base of a large ledger, in place of a map of {@link LedgerLine} values. A line costs about a
 * hundred bytes here against some two hundred and seventy as a value with its map entries and claim
 * key, and building a million of them allocates a few dozen arrays instead of millions of objects. A
 * {@link LedgerLine} is built only when one is asked for.
 *
 * <p>A claim (account, type, normalised reference, amount) is owned by the first line added with it;
 * its key is derived from the owner's own fields, which no later run changes, so only a flag per line
 * is kept, and the owner's reference is normalised again only when a lookup's hash agrees. Immutable
 * once built, and thread-safe: lookups only read.
 *
 * <p>A block built from lines its builder was told are distinct ({@link LedgerBlockBuilder#vouched}) makes
 * its two indexes when a lookup first needs them ({@link Lazy}): a run's next ledger that is
 * only written to files (the quarterly review) never hashes its million ids and claims.
 */
final class LedgerBlock {

  /** A flag of a line: a person decided it. */
  static final byte DECIDED = 1;
  /** A flag of a line: it owns its claim. */
  static final byte OWNS_CLAIM = 2;
  /** A flag of a line: it is open. */
  static final byte OPEN = 4;

  final int size;
  private final String[] id;
  private final String[] accountId;
  private final String[] reference;
  private final byte[] type;
  private final byte[] state;
  private final byte[] flags;
  private final int[] date;
  private final long[] amount;
  private final long[] matched;
  private final long[] writtenOff;
  private final long[] disputed;
  private final long[] unresolved;
  /** Null while every line's part is zero, as it is for every line a run matched. */
  private final long[] recovered;
  private final long[] lossAccepted;
  private final LedgerEvent[][] history;
  /** The index by id: the builder's, or made at the first lookup. */
  private final Lazy<IndexTable> byId;
  /** The hash of each owned claim, given by a vouched builder; null for another block. */
  private final int[] claimHashes;
  /** The index of the owned claims: the builder's, or made at the first lookup of a claim. */
  private final Lazy<IndexTable> claims;
  private final int openCount;
  private final int claimCount;
  /** The open lines' positions by account, made at the first lookup ({@link #forEachOpenOf}). */
  private final Lazy<Map<String, int[]>> openByAccount = new Lazy<>(null);

  /** The block of the builder's lines; only {@link LedgerBlockBuilder#build()} calls this. */
  LedgerBlock(LedgerBlockBuilder b) {
    // The builder's arrays as they are: sized to the expected count, they are exact for every caller
    // that knows it, and copying a million-line block only to trim it would need twice its memory.
    size = b.size;
    id = b.id;
    accountId = b.accountId;
    reference = b.reference;
    type = b.type;
    state = b.state;
    flags = b.flags;
    date = b.date;
    amount = b.amount;
    matched = b.matched;
    writtenOff = b.writtenOff;
    disputed = b.disputed;
    unresolved = b.unresolved;
    recovered = b.recovered;
    lossAccepted = b.lossAccepted;
    history = b.history;
    byId = new Lazy<>(b.byId);
    claims = new Lazy<>(b.claims);
    claimHashes = b.claimHash;
    openCount = b.openCount;
    claimCount = b.claimCount;
  }

  /** The lines by id, as the base of a ledger's map of deductions. */
  LayeredMap.Base<String, LedgerLine> lines() {
    return LayeredMap.Base.of(this::get, size, action -> {
      for (int k = 0; k < size; k++) {
        action.accept(id[k], line(k));
      }
    });
  }

  /** The open lines by id, as the base of a ledger's map of open deductions. */
  LayeredMap.Base<String, LedgerLine> openLines() {
    return LayeredMap.Base.of(key -> {
      int k = find(key);
      return k >= 0 && isOpen(k) ? line(k) : null;
    }, openCount, action -> forEachOpen(k -> action.accept(id[k], line(k))));
  }

  /** The claims and the ids of the lines that own them, as the base of a ledger's map of claims. */
  LayeredMap.Base<ClaimKey, String> claims() {
    return LayeredMap.Base.of(this::claimOwner, claimCount, action -> {
      for (int k = 0; k < size; k++) {
        if (ownsClaim(k)) {
          action.accept(claimOf(k), id[k]);
        }
      }
    });
  }

  /** The position of the line with this id, or -1. */
  int find(String lineId) {
    return byId().find(-1, lineId.hashCode(), (k, probe) -> id[k].equals(lineId));
  }

  /** The index by id, made now if the builder made none. */
  private IndexTable byId() {
    return byId.get(() -> IndexTable.ofIds(id, size, "deduction"));
  }

  /** The index of the claims the lines own, made now if the builder made none. */
  private IndexTable claimIndex() {
    return claims.get(() -> {
      IndexTable table = new IndexTable(claimCount);
      // The references are normalised only to compare two claims whose hashes agree (a vouched builder
      // gave each claim's hash), or to hash a claim of a checked block.
      String[][] texts = new String[1][];
      IndexTable.SameKey sameClaim = (owner, probe) -> amount[owner] == amount[probe] && type[owner] == type[probe]
          && accountId[owner].equals(accountId[probe]) && normalised(texts, owner).equals(normalised(texts, probe));
      for (int k = 0; k < size; k++) {
        if ((flags[k] & OWNS_CLAIM) != 0) {
          int hash = claimHashes != null ? claimHashes[k]
              : claimHash(accountId[k], type[k], normalised(texts, k), amount[k]);
          if (table.putIfAbsent(k, hash, sameClaim) >= 0) {
            throw new IllegalStateException("deduction '" + id[k] + "' owns a claim another line owns");
          }
        }
      }
      return table;
    });
  }

  /** Line {@code k}'s normalised reference, kept in {@code texts[0]} (made when first needed). */
  private String normalised(String[][] texts, int k) {
    if (texts[0] == null) {
      texts[0] = new String[size];
    }
    String text = texts[0][k];
    if (text == null) {
      text = References.normalise(reference[k]);
      texts[0][k] = text;
    }
    return text;
  }

  /** The line at this position, built now. */
  LedgerLine line(int k) {
    long[] parts = {matched[k], writtenOff[k], disputed[k], unresolved[k],
        recovered == null ? 0 : recovered[k], lossAccepted == null ? 0 : lossAccepted[k]};
    return LedgerLine.restore(id[k], accountId[k], reference[k], type[k], date[k], amount[k], state[k],
        (flags[k] & DECIDED) != 0, parts, history == null ? null : history[k]);
  }

  /** The line with this id, or null. */
  LedgerLine get(String lineId) {
    int k = find(lineId);
    return k < 0 ? null : line(k);
  }

  /** The id of the line at this position. */
  String id(int k) {
    return id[k];
  }

  /** The account of the line at this position. */
  String accountId(int k) {
    return accountId[k];
  }

  /** The reference as written of the line at this position, or null. */
  String reference(int k) {
    return reference[k];
  }

  /** The reason type's ordinal of the line at this position, or -1. */
  int type(int k) {
    return type[k];
  }

  /** The state's ordinal of the line at this position. */
  int state(int k) {
    return state[k];
  }

  /** Whether a person decided the line at this position. */
  boolean decided(int k) {
    return (flags[k] & DECIDED) != 0;
  }

  /** The amount (minor units) of the line at this position. */
  long amount(int k) {
    return amount[k];
  }

  /** The written-off part (minor units) of the line at this position. */
  long writtenOff(int k) {
    return writtenOff[k];
  }

  /** The disputed part (minor units) of the line at this position. */
  long disputed(int k) {
    return disputed[k];
  }

  /** The unresolved part (minor units) of the line at this position. */
  long unresolved(int k) {
    return unresolved[k];
  }

  /** The recovered part (minor units) of the line at this position. */
  long recovered(int k) {
    return recovered == null ? 0 : recovered[k];
  }

  /** The part accepted as a loss (minor units) of the line at this position. */
  long lossAccepted(int k) {
    return lossAccepted == null ? 0 : lossAccepted[k];
  }

  /** The stored history of the line at this position (not a copy), or null for its one implied event. */
  LedgerEvent[] history(int k) {
    return history == null ? null : history[k];
  }

  /** The matched part (minor units) of the line at this position. */
  long matched(int k) {
    return matched[k];
  }

  /** The date (epoch day) of the line at this position. */
  int date(int k) {
    return date[k];
  }

  /** Whether the line at this position is open ({@link LedgerLine#isOpen()}). */
  boolean isOpen(int k) {
    return (flags[k] & OPEN) != 0;
  }

  /** How many lines are open. */
  int openCount() {
    return openCount;
  }

  /** Whether the line at this position owns its claim. */
  boolean ownsClaim(int k) {
    return (flags[k] & OWNS_CLAIM) != 0;
  }

  /** Calls the action with the position of every open line, in position order. */
  void forEachOpen(IntConsumer action) {
    for (int k = 0; k < size; k++) {
      if ((flags[k] & OPEN) != 0) {
        action.accept(k);
      }
    }
  }

  /**
   * Calls the action with the position of every open line of the account, in position order: a weekly
   * run reads the open lines of its own accounts, not every line of the ledger. The positions by
   * account are gathered at the first call (one walk over the lines) and kept.
   */
  void forEachOpenOf(String account, IntConsumer action) {
    int[] positions = openByAccount.get(this::gatherOpenByAccount).get(account);
    if (positions != null) {
      for (int k : positions) {
        action.accept(k);
      }
    }
  }

  private Map<String, int[]> gatherOpenByAccount() {
    HashMap<String, int[]> counts = new HashMap<>();
    forEachOpen(k -> counts.computeIfAbsent(accountId[k], a -> new int[1])[0]++);
    HashMap<String, int[]> byAccount = new HashMap<>(counts.size() * 2);
    counts.forEach((account, count) -> byAccount.put(account, new int[count[0]]));
    forEachOpen(k -> {
      int[] positions = byAccount.get(accountId[k]);
      positions[positions.length - counts.get(accountId[k])[0]--] = k;
    });
    return byAccount;
  }

  /** The id of the line that owns the claim, or null. */
  String claimOwner(ClaimKey key) {
    int k = claimIndex().find(-1, claimHash(key.accountId(), key.type(), key.reference(), key.minorUnits()),
        (owner, probe) -> sameClaim(owner, key.accountId(), key.type(), key.reference(), key.minorUnits()));
    return k < 0 ? null : id[k];
  }

  /** The claim the line at this position would own: its key, or null if it has no reference. */
  ClaimKey claimOf(int k) {
    String text = reference[k] == null ? "" : References.normalise(reference[k]);
    return text.isEmpty() ? null : new ClaimKey(accountId[k], type[k], text, amount[k]);
  }

  private boolean sameClaim(int owner, String account, int claimType, String text, long minorUnits) {
    return amount[owner] == minorUnits && type[owner] == claimType && accountId[owner].equals(account)
        && reference[owner] != null && References.normalise(reference[owner]).equals(text);
  }

  /** The hash of a claim's key, the same for a probe and for the line that owns it. */
  static int claimHash(String account, int claimType, String normalisedReference, long minorUnits) {
    return claimHash(account, claimType, normalisedReference.hashCode(), minorUnits);
  }

  /** As {@link #claimHash(String, int, String, long)}, given the normalised reference's {@code hashCode}. */
  static int claimHash(String account, int claimType, int referenceHash, long minorUnits) {
    int h = account.hashCode();
    h = 31 * h + claimType;
    h = 31 * h + referenceHash;
    return 31 * h + Long.hashCode(minorUnits);
  }
}
