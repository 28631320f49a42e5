package dev.keyaccount.receivables.deduction;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a {@link DeductionLedger} holds, as lines: every deduction by id, the open ones by id, the
 * claims taken with the ids of the deductions that own them, and every authorization's use by id.
 * Each is a {@link LayeredMap}: a ledger read back, or rebuilt by a run at least as large as the ledger
 * before it, has the columns of a {@link LedgerBlock} and a {@link UseBlock} at the base, and each
 * smaller run adds a layer of its changes on top. The deductions by date and the uses by id are sorted
 * on first use and kept. Values in the desk's currency are the ledger's business; this class reads
 * and extends the lines the matcher and the decisions work on. Immutable and thread-safe.
 */
final class LedgerState {

  private final LayeredMap<String, LedgerLine> deductions;
  private final LayeredMap<String, LedgerLine> open;
  private final LayeredMap<ClaimKey, String> claims;
  private final LayeredMap<String, UseLine> uses;
  /** The deductions below the layers of the maps above, as columns, or null. */
  private final LedgerBlock block;
  /** The uses below the layers of {@link #uses}, as columns, or null. */
  private final UseBlock useBlock;
  /**
   * Every deduction by date and id, sorted on first use and kept: under {@link #sorting}, so that a
   * thread asking while another sorts waits for its rows (the review's writer and its aging ask at once).
   */
  private volatile LedgerRows byDate;
  /** Every use by authorization id, sorted on first use (under {@link #sorting}) and kept. */
  private volatile UseRows byId;
  /** Held while {@link #byDate} or {@link #byId} is sorted. */
  private final Object sorting = new Object();

  private LedgerState(LayeredMap<String, LedgerLine> deductions, LayeredMap<String, LedgerLine> open,
      LayeredMap<ClaimKey, String> claims, LayeredMap<String, UseLine> uses, LedgerBlock block,
      UseBlock useBlock) {
    this.deductions = deductions;
    this.open = open;
    this.claims = claims;
    this.uses = uses;
    this.block = block;
    this.useBlock = useBlock;
  }

  /** Nothing seen, nothing consumed. */
  static LedgerState empty() {
    return new LedgerState(LayeredMap.empty(), LayeredMap.empty(), LayeredMap.empty(), LayeredMap.empty(),
        null, null);
  }

  /** Exactly these columns, with no layers (consistent with each other: the caller checked). */
  static LedgerState ofBlocks(LedgerBlock block, UseBlock useBlock) {
    return new LedgerState(LayeredMap.over(block.lines()), LayeredMap.over(block.openLines()),
        LayeredMap.over(block.claims()), LayeredMap.over(useBlock.uses()), block, useBlock);
  }

  /** How many deductions the ledger has seen. */
  int deductionCount() {
    return deductions.size();
  }

  /**
   * The latest deduction date (epoch day), or {@link Integer#MIN_VALUE} for no deduction: the block's
   * dates read in order and the layers' lines, with no sort (a line a layer changed keeps its date).
   */
  int latestDate() {
    int[] latest = {Integer.MIN_VALUE};
    if (block != null) {
      for (int k = 0; k < block.size; k++) {
        latest[0] = Math.max(latest[0], block.date(k));
      }
    }
    deductions.forEachInLayers((id, line) -> latest[0] = Math.max(latest[0], line.date));
    return latest[0];
  }

  /** How many authorizations the ledger knows. */
  int useCount() {
    return uses.size();
  }

  /** The deduction with this id, or null. */
  LedgerLine deductionOrNull(String id) {
    return deductions.get(id);
  }

  /** Whether the ledger has seen a deduction with this id. */
  boolean hasDeduction(String id) {
    return deductions.get(id) != null;
  }

  /** The id of the deduction that owns the claim, or null. */
  String claimOrNull(ClaimKey key) {
    return claims.get(key);
  }

  /**
   * Reads ahead the uses of the authorization ids {@code ids[at[j]]} (or {@code ids[j]}), {@code j} in
   * {@code [from, to)}, before {@link #useOrNull} looks them up one by one ({@link UseBlock#readAhead}).
   * Changes nothing; returns a sum of what it read.
   */
  int readAheadUses(String[] ids, int[] at, int from, int to) {
    return useBlock == null ? 0 : useBlock.readAhead(ids, at, from, to);
  }

  /** What the ledger knows of an authorization, or null. */
  UseLine useOrNull(String authorizationId) {
    return uses.get(authorizationId);
  }

  /**
   * The claim text (normalised reference) of the line when it owns its claim in this ledger, else null:
   * what a ledger rebuilt as columns must keep for it.
   */
  String ownedClaimText(LedgerLine line) {
    String text = line.reference == null ? "" : References.normalise(line.reference);
    return !text.isEmpty()
        && line.id.equals(claims.get(new ClaimKey(line.accountId, line.type, text, line.amount)))
        ? text : null;
  }

  /** Calls the action for every deduction, in no particular order. */
  void forEachLine(Consumer<LedgerLine> action) {
    deductions.forEach((id, line) -> action.accept(line));
  }

  /** Calls the action for every open deduction, in no particular order. */
  void forEachOpen(Consumer<LedgerLine> action) {
    open.forEach((id, line) -> action.accept(line));
  }

  /**
   * Calls the action for each open deduction of the accounts that a run carries: those that await a
   * complement and those that may be tried again ({@link LedgerLine#retriable}), in no particular order.
   * The block's open lines are read by account, and the layers' lines are few (a run's changes), so a
   * week's run reads its own accounts' open lines, not the whole ledger.
   *
   * @param accounts the accounts, each once
   * @param isOneOf whether an account is one of them
   */
  void forEachCarried(List<String> accounts, Predicate<String> isOneOf, Consumer<LedgerLine> action) {
    open.forEachInLayers((id, d) -> {
      if (isOneOf.test(d.accountId) && carried(d)) {
        action.accept(d);
      }
    });
    if (block != null) {
      // The open map's base is the block's open lines: those a layer holds are hidden by it.
      for (String account : accounts) {
        block.forEachOpenOf(account, k -> {
          if (!open.inLayers(block.id(k))) {
            LedgerLine d = block.line(k);
            if (carried(d)) {
              action.accept(d);
            }
          }
        });
      }
    }
  }

  private static boolean carried(LedgerLine d) {
    return d.awaitsComplement() || d.retriable();
  }

  /** Calls the action for every authorization's use, in no particular order. */
  void forEachUse(Consumer<UseLine> action) {
    uses.forEach((id, line) -> action.accept(line));
  }

  /** Every deduction, by date and id (sorted once, then kept). */
  LedgerRows deductionsByDate() {
    LedgerRows sorted = byDate;
    if (sorted == null) {
      synchronized (sorting) {
        sorted = byDate;
        if (sorted == null) {
          sorted = LedgerRows.byDate(deductions, block, false);
          byDate = sorted;
        }
      }
    }
    return sorted;
  }

  /** The open deductions, by date and id (sorted on every call). */
  LedgerRows openByDate() {
    return LedgerRows.byDate(open, block, true);
  }

  /** Every use, by authorization id (sorted once, then kept). */
  UseRows usesById() {
    UseRows sorted = byId;
    if (sorted == null) {
      synchronized (sorting) {
        sorted = byId;
        if (sorted == null) {
          sorted = UseRows.byId(uses, useBlock);
          byId = sorted;
        }
      }
    }
    return sorted;
  }

  /**
   * The next version: changed or new deductions, new claims and changed uses, the maps taken as the
   * new layers (the caller must not keep them). The open deductions follow the changed ones: a line
   * that is open is added, one that was open and no longer is is removed.
   */
  LedgerState nextTaking(HashMap<String, LedgerLine> changed, HashMap<ClaimKey, String> newClaims,
      HashMap<String, UseLine> changedUses) {
    HashMap<String, LedgerLine> openChanges = new HashMap<>();
    for (LedgerLine d : changed.values()) {
      boolean isOpen = d.isOpen();
      if (isOpen || open.get(d.id) != null) {
        openChanges.put(d.id, isOpen ? d : null);
      }
    }
    return new LedgerState(deductions.plusTaking(changed), open.plusTaking(openChanges),
        claims.plusTaking(newClaims), uses.plusTaking(changedUses), block, useBlock);
  }
}
