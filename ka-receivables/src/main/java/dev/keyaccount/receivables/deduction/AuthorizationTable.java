package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.result.FailureReason;
import java.util.Arrays;
import java.util.Collection;

/**
 * A run's accepted authorizations as columns, in order of date, amount and id (then account, type and
 * reference, so any input order gives one table), with each one's remaining balance: what the ledger
 * left of it, then what this run's passes leave. Lines beyond the bounds, in another currency or below
 * what the ledger already consumed are rejected into the context. Loaded after the deductions: with a
 * ledger, only the authorizations of the accounts the run's deductions concern are read.
 */
final class AuthorizationTable {

  final int count;
  /** The lines as given, read by the passes only; dropped when the run is done. */
  Authorization[] source;
  final String[] id;
  final long[] amount;
  final long[] remaining;
  // Read by the passes only; dropped when the run is done.
  int[] account;
  int[] type;
  int[] date;
  int[] ref;

  /** The authorizations of a collection: with a ledger, one look at each line's account picks the run's. */
  static AuthorizationTable of(RunContext context, Collection<Authorization> input) {
    Authorization[] lines = input.toArray(new Authorization[0]);
    if (!context.concernedOnly) {
      return new AuthorizationTable(context, lines, null, lines.length);
    }
    // With a ledger, only the lines of the accounts this run concerns are read: a week's run costs one
    // look at each listed authorization's account, and its working arrays are the week's size.
    int[] positions = new int[Math.max(4, Math.min(lines.length, 1024))];
    int kept = 0;
    for (int i = 0; i < lines.length; i++) {
      // A null line concerns no account in particular: every run reports it (as the load below does).
      if (lines[i] == null || context.knownAccount(lines[i].accountId())) {
        positions = AuthorizationGroups.append(positions, kept++, i);
      }
    }
    return new AuthorizationTable(context, lines, positions, kept);
  }

  /**
   * The authorizations of a listing: with a ledger, only the listed lines of the run's accounts are
   * looked at, in the export's order, so the run decides as with the same lines as a collection.
   */
  static AuthorizationTable of(RunContext context, AuthorizationListing listing) {
    Authorization[] lines = listing.lines();
    if (!context.concernedOnly) {
      return new AuthorizationTable(context, lines, null, lines.length);
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
    return new AuthorizationTable(context, lines, positions, kept);
  }

  /** Loads {@code lines} at {@code positions[0, kept)}, or all of them when {@code positions} is null. */
  private AuthorizationTable(RunContext context, Authorization[] lines, int[] positions, int kept) {
    LoadedLines in = new LoadedLines(kept);
    // What the ledger already consumed of each accepted line, by its place among them.
    long[] consumed = context.hasLedger ? new long[kept] : null;
    for (int k = 0; k < kept; k++) {
      int i = positions == null ? k : positions[k];
      long used = load(context, in, i, lines[i]);
      if (used > 0) {
        consumed[in.size() - 1] = used;
      }
    }
    int[] order = in.sortedOrder((x, y) -> compare(lines[x], lines[y]), RunContext.AUTHORIZATIONS, context);
    count = order.length;
    source = new Authorization[count];
    for (int k = 0; k < count; k++) {
      source[k] = lines[in.line[order[k]]];
    }
    id = in.ids(order);
    account = in.accounts(order);
    type = in.types(order);
    date = in.dates(order);
    amount = in.amounts(order);
    remaining = amount.clone();
    ref = in.references(order);
    if (consumed != null) {
      for (int a = 0; a < count; a++) {
        remaining[a] -= consumed[order[a]];
      }
    }
  }

  /**
   * Checks and reads one authorization; returns what the ledger already consumed of it in minor units,
   * or -1 if it is rejected.
   */
  private static long load(RunContext context, LoadedLines in, int i, Authorization a) {
    if (a == null) {
      context.rejectNull(RunContext.AUTHORIZATIONS, i);
      return -1;
    }
    long minorUnits;
    long used;
    try {
      String problem = RunContext.lineProblem(a.id(), a.accountId(), a.reference(), a.date());
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      Args.sameCurrency(a.amount(), context.currency, "amount");
      minorUnits = context.minorUnits(a.amount());
      UseLine use = context.hasLedger ? context.ledger.useOrNull(a.id()) : null;
      used = use == null ? 0 : use.consumed;
      if (used > minorUnits) {
        throw new IllegalArgumentException(Args.message("amount", "be at least the " + context.money(used)
            + " already consumed", a.amount()));
      }
    } catch (IllegalArgumentException e) {
      context.reject(RunContext.AUTHORIZATIONS, i, a.id(), e instanceof CurrencyMismatchException
          ? FailureReason.CURRENCY_MISMATCH : FailureReason.INVALID_VALUE, e.getMessage());
      return -1;
    }
    in.add(i, a.id(), context.account(a.accountId()), a.type().ordinal(), a.date().toEpochDay(), minorUnits,
        context.normalisedReference(a.reference()));
    return used;
  }

  /** Orders lines equal in date, amount and id by their other attributes. */
  private static int compare(Authorization a, Authorization b) {
    int c = a.accountId().compareTo(b.accountId());
    if (c == 0) {
      c = a.type().compareTo(b.type());
    }
    if (c == 0) {
      c = a.reference().orElse("").compareTo(b.reference().orElse(""));
    }
    return c;
  }

  /** Drops the columns only the passes read, so a result kept alive holds its outcome and no more. */
  void release() {
    source = null;
    account = null;
    type = null;
    ref = null;
  }
}
