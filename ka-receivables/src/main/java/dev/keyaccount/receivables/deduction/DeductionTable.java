package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.money.Monies;
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
 * complement {@code [newCount, count)}, by date and id. Lines beyond the bounds, in another currency,
 * not positive or repeating an earlier run's id, and null lines, are rejected into the context.
 */
final class DeductionTable {

  final int newCount;
  final int count;
  /**
   * This run's lines as given, read by the passes only: dropped when the run is done, so that a result
   * kept alive does not keep the caller's million input values (the ledger takes the ids, accounts and
   * references from the columns).
   */
  Deduction[] source;
  /** The reference as written of this run's lines, or null (carried lines have none). */
  final String[] reference;
  final LedgerDeduction[] carried;
  final String[] id;
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
   * Per deduction still pending after the one-to-many pass only because three parts were not searched
   * among its many candidates: those candidates, reported if no later pass decides it.
   */
  int[][] unsearched;
  /** The first of the deduction's matches in the {@link Settlement}'s list, or -1. */
  final int[] firstMatch;

  DeductionTable(RunContext context, Collection<Deduction> input) {
    Deduction[] lines = input.toArray(new Deduction[0]);
    LoadedLines in = new LoadedLines(lines.length);
    for (int i = 0; i < lines.length; i++) {
      load(context, in, i, lines[i]);
    }
    int[] order = in.sortedOrder((x, y) -> compare(lines[x], lines[y]), RunContext.DEDUCTIONS, context);
    newCount = order.length;
    List<LedgerDeduction> waiting = new ArrayList<>();
    if (context.hasLedger) {
      // Only the waiting deductions of the accounts of this remittance's lines: no other can be completed.
      context.ledger.forEachAwaiting(d -> {
        if (context.knownAccount(d.accountId)) {
          waiting.add(d.toDeduction(context.currency));
        }
      });
      waiting.sort(Comparator.comparing(LedgerDeduction::date).thenComparing(LedgerDeduction::id));
    }
    count = newCount + waiting.size();
    source = new Deduction[newCount];
    reference = new String[count];
    for (int k = 0; k < newCount; k++) {
      source[k] = lines[in.line[order[k]]];
      reference[k] = source[k].reference().orElse(null);
    }
    carried = waiting.toArray(new LedgerDeduction[0]);
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
    firstMatch = new int[count];
    Arrays.fill(state, RunContext.PENDING);
    Arrays.fill(pass, (byte) MatchPass.NONE.ordinal());
    Arrays.fill(duplicateOf, -1);
    Arrays.fill(firstMatch, -1);
    for (int k = 0; k < carried.length; k++) {
      LedgerDeduction c = carried[k];
      int d = newCount + k;
      id[d] = c.id();
      account[d] = context.account(c.accountId());
      type[d] = c.type().orElseThrow().ordinal();
      date[d] = (int) c.date().toEpochDay();
      amount[d] = Monies.toMinorUnits(c.amount());
      ref[d] = ReferenceTable.NONE;
      state[d] = (byte) c.state().ordinal();
      disputed[d] = Monies.toMinorUnits(c.disputed());
      writtenOff[d] = Monies.toMinorUnits(c.writtenOff());
    }
  }

  /** Checks and reads one deduction. One line per call, so that a short run is compiled early. */
  private static void load(RunContext context, LoadedLines in, int i, Deduction d) {
    if (d == null) {
      context.rejectNull(RunContext.DEDUCTIONS, i);
      return;
    }
    FailureReason reason = FailureReason.INVALID_VALUE;
    String problem = RunContext.lineProblem(d.id(), d.accountId(), d.reference(), d.date());
    if (problem == null && d.reasonCode().length() > DeductionMatcher.MAX_ID_LENGTH) {
      problem = Args.message("reasonCode", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          d.reasonCode().length() + " characters");
    }
    if (problem == null && !d.amount().getCurrency().equals(context.currency)) {
      reason = FailureReason.CURRENCY_MISMATCH;
      problem = CurrencyMismatchException.message("amount", context.currency, d.amount());
    }
    if (problem == null && !d.amount().isPositive()) {
      problem = Args.message("amount", "be positive", d.amount());
    }
    long minorUnits = 0;
    if (problem == null) {
      try {
        minorUnits = context.minorUnits(d.amount());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    if (problem == null && context.hasLedger && context.ledger.hasDeduction(d.id())) {
      reason = FailureReason.DUPLICATE_ID;
      problem = Args.message("id", "not repeat a deduction of an earlier run", "'" + d.id() + "'");
    }
    if (problem != null) {
      context.reject(RunContext.DEDUCTIONS, i, d.id(), reason, problem);
    } else {
      in.add(i, d.id(), context.account(d.accountId()), context.reasonType(d.reasonCode()), d.date().toEpochDay(),
          minorUnits, context.normalisedReference(d.reference()));
    }
  }

  /** Orders lines equal in date, amount and id by their other attributes. */
  private static int compare(Deduction a, Deduction b) {
    int c = a.accountId().compareTo(b.accountId());
    if (c == 0) {
      c = a.reasonCode().compareTo(b.reasonCode());
    }
    if (c == 0) {
      c = a.reference().orElse("").compareTo(b.reference().orElse(""));
    }
    return c;
  }

  /** Whether the passes that combine lines without a reference may take the deduction. */
  boolean combinable(int d) {
    return type[d] >= 0 && ref[d] == ReferenceTable.NONE;
  }

  /** The ledger's deductions whose state this run changed (a split completed by a later line). */
  List<Integer> changedCarried() {
    List<Integer> changed = new ArrayList<>();
    for (int d = newCount; d < count; d++) {
      if (firstMatch[d] >= 0 || state[d] != carried[d - newCount].state().ordinal()) {
        changed.add(d);
      }
    }
    return changed;
  }
}
