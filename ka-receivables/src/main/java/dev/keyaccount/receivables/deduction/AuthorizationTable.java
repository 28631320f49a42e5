package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.result.FailureReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A run's accepted authorizations as columns, in order of date, amount and id (then account, type and
 * reference, so any input order gives one table), with each one's remaining balance: what the ledger
 * left of it, then what this run's passes leave. Lines beyond the bounds, in another currency or below
 * what the ledger already consumed are rejected into the context. Loaded after the deductions: with a
 * ledger, only the authorizations of the accounts the run's deductions concern are read.
 */
final class AuthorizationTable {

  final int count;
  /** The reference as written, or null; read by the passes only, dropped when the run is done. */
  String[] reference;
  final String[] id;
  final long[] amount;
  final long[] remaining;
  /** Whether the ledger did not know the authorization (listed for the first time); all false without a ledger. */
  final boolean[] fresh;
  // Read by the passes only; dropped when the run is done.
  int[] account;
  int[] type;
  int[] date;
  int[] ref;

  /** What {@link #load} returns for a line the ledger did not know (nothing consumed). */
  private static final long FRESH = -2;

  /** The authorizations of a collection: with a ledger, one look at each line's account picks the run's. */
  static AuthorizationTable of(RunContext context, Collection<Authorization> input) {
    if (context.concernedOnly && !(input instanceof CompactAuthorizations)) {
      // Values: only the run's accounts' lines (and the null lines, which every run reports) are copied
      // into columns, each remembering its place in the input for the rejected lines it may give.
      Object[] all = input.toArray();
      List<Authorization> concerned = new ArrayList<>();
      int[] inputPosition = new int[Math.max(4, Math.min(all.length, 1024))];
      for (int i = 0; i < all.length; i++) {
        Authorization line = (Authorization) all[i];
        if (line == null || context.knownAccount(line.accountId())) {
          inputPosition = AuthorizationGroups.append(inputPosition, concerned.size(), i);
          concerned.add(line);
        }
      }
      CompactAuthorizations lines = CompactAuthorizations.forRun(concerned);
      return new AuthorizationTable(context, lines, null, lines.size(), inputPosition);
    }
    CompactAuthorizations lines = CompactAuthorizations.forRun(input);
    if (!context.concernedOnly) {
      return new AuthorizationTable(context, lines, null, lines.size(), null);
    }
    // With a ledger, only the lines of the accounts this run concerns are read: a week's run costs one
    // look at each listed authorization's account, and its working arrays are the week's size.
    int[] positions = new int[Math.max(4, Math.min(lines.size(), 1024))];
    int kept = 0;
    for (int i = 0; i < lines.size(); i++) {
      // A null line concerns no account in particular: every run reports it (as the load below does).
      if (lines.accountId[i] == null || context.knownAccount(lines.accountId[i])) {
        positions = AuthorizationGroups.append(positions, kept++, i);
      }
    }
    return new AuthorizationTable(context, lines, positions, kept, null);
  }

  /**
   * The authorizations of a listing: with a ledger, only the listed lines of the run's accounts are
   * looked at, in the export's order, so the run decides as with the same lines as a collection.
   */
  static AuthorizationTable of(RunContext context, AuthorizationListing listing) {
    CompactAuthorizations lines = listing.lines();
    if (!context.concernedOnly) {
      return new AuthorizationTable(context, lines, null, lines.size(), null);
    }
    int accounts = context.accounts.size();
    int kept = 0;
    for (int k = 0; k < accounts; k++) {
      kept += listing.positions(context.accounts.get(k)).length;
    }
    int[] positions = new int[kept];
    int next = 0;
    for (int k = 0; k < accounts; k++) {
      int[] of = listing.positions(context.accounts.get(k));
      System.arraycopy(of, 0, positions, next, of.length);
      next += of.length;
    }
    Arrays.sort(positions);
    return new AuthorizationTable(context, lines, positions, kept, null);
  }

  /**
   * Loads {@code lines} at {@code positions[0, kept)}, or all of them when {@code positions} is null; a
   * rejected line is reported at its row of {@code lines}, or at {@code inputPosition[row]} when that is
   * not null.
   */
  private AuthorizationTable(RunContext context, CompactAuthorizations lines, int[] positions, int kept,
      int[] inputPosition) {
    LoadedLines in = new LoadedLines(kept);
    in.reportAt(inputPosition);
    // What the ledger already consumed of each accepted line, by its place among them.
    long[] consumed = context.hasLedger ? new long[kept] : null;
    boolean[] freshByPlace = new boolean[kept];
    for (int k = 0; k < kept; k++) {
      int i = positions == null ? k : positions[k];
      in.readAhead(lines, k, kept, positions == null);
      if (consumed != null && k % ReferenceTable.BATCH == 0) {
        // The ledger's uses of the next lines, looked up below one at a time.
        in.keep(context.ledger.state().readAheadUses(lines.id, positions, k, Math.min(k + ReferenceTable.BATCH, kept)));
      }
      long used = load(context, in, i, lines);
      if (used == FRESH) {
        freshByPlace[in.size() - 1] = true;
      } else if (used > 0) {
        consumed[in.size() - 1] = used;
      }
    }
    in.internReferences(context.references, i -> lines.reference[i]);
    int[] order = in.sortedOrder((x, y) -> compare(lines, x, y), RunContext.AUTHORIZATIONS, context);
    count = order.length;
    reference = new String[count];
    for (int k = 0; k < count; k++) {
      reference[k] = lines.reference[in.line[order[k]]];
    }
    id = in.ids(order);
    account = in.accounts(order);
    type = in.types(order);
    date = in.dates(order);
    amount = in.amounts(order);
    remaining = amount.clone();
    ref = in.references(order);
    fresh = new boolean[count];
    for (int a = 0; a < count; a++) {
      fresh[a] = freshByPlace[order[a]];
    }
    if (consumed != null) {
      for (int a = 0; a < count; a++) {
        remaining[a] -= consumed[order[a]];
      }
    }
  }

  /**
   * Checks and reads one line, from its columns or, when it was kept whole, through its value; returns
   * what the ledger already consumed of it in minor units, {@link #FRESH} if the ledger did not know it,
   * or -1 if it is rejected.
   */
  private static long load(RunContext context, LoadedLines in, int i, CompactAuthorizations lines) {
    // Where the caller's list has the line (the lines may be a copy of part of it).
    int reportedAs = in.reported(i);
    boolean regular = lines.regular(i);
    Authorization value = regular ? null : lines.get(i);
    if (!regular && value == null) {
      context.rejectNull(RunContext.AUTHORIZATIONS, reportedAs);
      return -1;
    }
    String id = lines.id[i];
    long day = regular ? lines.date[i] : value.date().toEpochDay();
    long minorUnits;
    long used;
    UseLine use;
    try {
      String problem = RunContext.lineProblem(id, lines.accountId[i], lines.reference[i], day);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      if (!(regular ? lines.currency(i) : value.amount().getCurrency()).equals(context.currency)) {
        Args.sameCurrency(lines.get(i).amount(), context.currency, "amount");
      }
      minorUnits = regular ? lines.minorUnits[i] : context.minorUnits(value.amount());
      use = context.hasLedger ? context.ledger.state().useOrNull(id) : null;
      used = use == null ? 0 : use.consumed;
      if (used > minorUnits) {
        throw new IllegalArgumentException(Args.message("amount", "be at least the " + context.money(used)
            + " already consumed", lines.get(i).amount()));
      }
    } catch (IllegalArgumentException e) {
      context.reject(RunContext.AUTHORIZATIONS, reportedAs, id, e instanceof CurrencyMismatchException
          ? FailureReason.CURRENCY_MISMATCH : FailureReason.INVALID_VALUE, e.getMessage());
      return -1;
    }
    in.add(i, id, context.account(lines.accountId[i]), lines.type(i), day, minorUnits);
    return context.hasLedger && use == null ? FRESH : used;
  }

  /** Orders lines equal in date, amount and id by their other attributes. */
  private static int compare(CompactAuthorizations lines, int a, int b) {
    int c = lines.accountId[a].compareTo(lines.accountId[b]);
    if (c == 0) {
      c = Integer.compare(lines.type(a), lines.type(b));
    }
    if (c == 0) {
      c = DeductionTable.nullAsEmpty(lines.reference[a]).compareTo(DeductionTable.nullAsEmpty(lines.reference[b]));
    }
    return c;
  }

  /** Drops the columns only the passes read, so a result kept alive holds its outcome and no more. */
  void release() {
    reference = null;
    account = null;
    type = null;
    ref = null;
  }
}
