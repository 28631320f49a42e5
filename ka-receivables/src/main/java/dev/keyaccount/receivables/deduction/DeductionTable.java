package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.result.FailureReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A run's deductions as columns, with the state the passes give each: this run's accepted ones
 * {@code [0, newCount)}, by date, amount and id (then account, reason code and reference, so any input
 * order gives one table); then the ledger's open deductions of the same accounts that still await a
 * complement or may be tried again ({@link LedgerLine#retriable}) {@code [newCount, count)}, by date and
 * id. Lines beyond the bounds, in another currency,
 * not positive or repeating an earlier run's id, and null lines, are rejected into the context.
 */
final class DeductionTable {

  final int newCount;
  final int count;
  /**
   * The reference as written of this run's lines, or null; of the carried lines, only of those that may
   * be tried again ({@link LedgerLine#retriable}).
   */
  final String[] reference;
  /** The ledger's lines carried into the run, at {@code [newCount, count)}. */
  final LedgerLine[] carried;
  /** Per carried deduction, whether it may be tried again alone ({@link LedgerLine#retriable}). */
  final boolean[] retriable;
  final String[] id;
  /** Per new deduction, its position in the list given to the matcher. */
  final int[] inputLine;
  final int[] account;
  final int[] type;
  final int[] date;
  final long[] amount;
  final int[] ref;
  /** The {@link DeductionState} ordinal, or {@link RunContext#PENDING}. */
  final byte[] state;
  /** The {@link MatchPass} ordinal. */
  final byte[] pass;
  final long[] disputed;
  final long[] writtenOff;
  /** The earlier deduction of this run it repeats, or -1. */
  final int[] duplicateOf;
  /** The id of the earlier run's deduction it repeats, or null. */
  final String[] duplicateOfLedger;
  /** The candidates of an unresolved deduction, or null. */
  final int[][] candidates;
  /**
   * Per deduction left pending by the one-to-many pass without a decision (three parts not searched
   * among its many candidates, or one combination found that is likely a coincidence): the candidates
   * reported if no later pass decides it.
   */
  int[][] unsearched;
  /**
   * Per deduction: the authorization its one split completion (pass 3b) would take, when that was likely
   * a coincidence; -1 for none. Such a claim stays pending for a near amount (a chance completion is no evidence), and
   * is unresolved with that authorization first if nothing decides it.
   */
  int[] chanceSplit;
  /**
   * Per deduction: whether its one combination found by the one-to-many pass was likely a coincidence.
   * Such a claim stays pending for completing claims that await a complement, but not for a near amount
   * (an exact sum, even a likely coincidental one, beats a single near amount), and is unresolved with
   * that combination ({@link #unsearched}) if nothing decides it.
   */
  boolean[] coincidental;
  /** The first of the deduction's matches in the {@link Settlement}'s list, or -1. */
  final int[] firstMatch;

  DeductionTable(RunContext context, Collection<Deduction> input) {
    // Read as columns (a CompactDeductions as it is; any other collection copied into one), so that
    // no value is built per line: only the rare lines kept whole are read through their values.
    CompactDeductions lines = CompactDeductions.forRun(input);
    LoadedLines in = new LoadedLines(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      in.readAhead(lines, i, lines.size(), true);
      load(context, in, i, lines);
    }
    in.internReferences(context.references, i -> lines.reference[i]);
    int[] order = in.sortedOrder((x, y) -> compare(lines, x, y), RunContext.DEDUCTIONS, context);
    newCount = order.length;
    inputLine = new int[newCount];
    for (int k = 0; k < newCount; k++) {
      inputLine[k] = in.line[order[k]];
    }
    List<LedgerLine> waiting = new ArrayList<>();
    if (context.hasLedger) {
      // Only the waiting deductions of the accounts of this remittance's lines: no other can be completed
      // (or tried again: the authorizations of other accounts are not read).
      context.ledger.state().forEachCarried(context.accounts, context::knownAccount, waiting::add);
      waiting.sort(Comparator.comparingInt((LedgerLine d) -> d.date).thenComparing(d -> d.id));
    }
    count = newCount + waiting.size();
    reference = new String[count];
    for (int k = 0; k < newCount; k++) {
      reference[k] = lines.reference[in.line[order[k]]];
    }
    // The ledger's lines as they are (no value is built for them unless the run changes them).
    carried = waiting.toArray(new LedgerLine[0]);
    retriable = new boolean[carried.length];
    for (int k = 0; k < carried.length; k++) {
      LedgerLine line = carried[k];
      retriable[k] = line.retriable();
      // A line that may be tried again keeps its reference for the reference passes; one that only
      // awaits a complement has none.
      reference[newCount + k] = retriable[k] ? line.reference : null;
    }
    id = Arrays.copyOf(in.ids(order), count);
    account = Arrays.copyOf(in.accounts(order), count);
    type = Arrays.copyOf(in.types(order), count);
    date = Arrays.copyOf(in.dates(order), count);
    amount = Arrays.copyOf(in.amounts(order), count);
    ref = Arrays.copyOf(in.references(order), count);
    state = new byte[count];
    pass = new byte[count];
    disputed = new long[count];
    writtenOff = new long[count];
    duplicateOf = new int[count];
    duplicateOfLedger = new String[count];
    candidates = new int[count][];
    unsearched = new int[count][];
    chanceSplit = new int[count];
    Arrays.fill(chanceSplit, -1);
    coincidental = new boolean[count];
    firstMatch = new int[count];
    Arrays.fill(state, RunContext.PENDING);
    Arrays.fill(pass, (byte) MatchPass.NONE.ordinal());
    Arrays.fill(duplicateOf, -1);
    Arrays.fill(firstMatch, -1);
    for (int k = 0; k < carried.length; k++) {
      LedgerLine c = carried[k];
      int d = newCount + k;
      id[d] = c.id;
      account[d] = context.account(c.accountId);
      type[d] = c.type; // of a reason type: both a line awaiting a complement and one tried again have one
      date[d] = c.date;
      amount[d] = c.amount;
      ref[d] = reference[d] == null ? ReferenceTable.NONE : context.references.intern(reference[d]);
      state[d] = c.state;
      disputed[d] = c.disputed;
      writtenOff[d] = c.writtenOff;
    }
  }

  /**
   * Checks and reads one line: from its columns, or through its value when the line was kept whole (its
   * amount or date beyond the columns). One line per call, so that a short run is compiled early.
   */
  private static void load(RunContext context, LoadedLines in, int i, CompactDeductions lines) {
    boolean regular = lines.regular(i);
    Deduction value = regular ? null : lines.get(i);
    if (!regular && value == null) {
      context.rejectNull(RunContext.DEDUCTIONS, i);
      return;
    }
    String id = lines.id[i];
    long day = regular ? lines.date[i] : value.date().toEpochDay();
    FailureReason reason = FailureReason.INVALID_VALUE;
    String problem = RunContext.lineProblem(id, lines.accountId[i], lines.reference[i], day);
    String reasonCode = lines.reasonCode(i);
    if (problem == null && reasonCode.length() > DeductionMatcher.MAX_ID_LENGTH) {
      problem = Args.message("reasonCode", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          reasonCode.length() + " characters");
    }
    if (problem == null && !(regular ? lines.currency(i) : value.amount().getCurrency()).equals(context.currency)) {
      reason = FailureReason.CURRENCY_MISMATCH;
      problem = CurrencyMismatchException.message("amount", context.currency, lines.get(i).amount());
    }
    if (problem == null && (regular ? lines.minorUnits[i] <= 0 : !value.amount().isPositive())) {
      problem = Args.message("amount", "be positive", lines.get(i).amount());
    }
    long minorUnits = 0;
    if (problem == null) {
      try {
        minorUnits = regular ? lines.minorUnits[i] : context.minorUnits(value.amount());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    if (problem == null && context.hasLedger && context.ledger.state().hasDeduction(id)) {
      reason = FailureReason.DUPLICATE_ID;
      problem = Args.message("id", "not repeat a deduction of an earlier run", "'" + id + "'");
    }
    if (problem != null) {
      context.reject(RunContext.DEDUCTIONS, i, id, reason, problem);
    } else {
      in.add(i, id, context.account(lines.accountId[i]), context.reasonType(reasonCode), day, minorUnits);
    }
  }

  /** Orders lines equal in date, amount and id by their other attributes. */
  private static int compare(CompactDeductions lines, int a, int b) {
    int c = lines.accountId[a].compareTo(lines.accountId[b]);
    if (c == 0) {
      c = lines.reasonCode(a).compareTo(lines.reasonCode(b));
    }
    if (c == 0) {
      c = nullAsEmpty(lines.reference[a]).compareTo(nullAsEmpty(lines.reference[b]));
    }
    return c;
  }

  static String nullAsEmpty(String reference) {
    return reference == null ? "" : reference;
  }

  /** Puts carried deduction {@code d} back as the ledger holds it: its state, parts and no candidates. */
  void restoreCarried(int d) {
    LedgerLine c = carried[d - newCount];
    state[d] = c.state;
    pass[d] = (byte) MatchPass.NONE.ordinal();
    disputed[d] = c.disputed;
    writtenOff[d] = c.writtenOff;
    candidates[d] = null;
    unsearched[d] = null;
    chanceSplit[d] = -1;
    coincidental[d] = false;
  }

  /** Whether the passes that combine lines without a reference may take the deduction. */
  boolean combinable(int d) {
    return type[d] >= 0 && ref[d] == ReferenceTable.NONE;
  }

  /** The ledger's deductions whose state this run changed (a split completed, a deduction tried again). */
  List<Integer> changedCarried() {
    List<Integer> changed = new ArrayList<>();
    for (int d = newCount; d < count; d++) {
      if (firstMatch[d] >= 0 || state[d] != carried[d - newCount].state) {
        changed.add(d);
      }
    }
    return changed;
  }
}
