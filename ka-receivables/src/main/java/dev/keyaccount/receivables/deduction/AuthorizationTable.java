package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
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
  final Authorization[] source;
  final String[] id;
  final long[] amount;
  final long[] remaining;
  // Read by the passes only; dropped when the run is done.
  int[] account;
  int[] type;
  int[] date;
  int[] ref;

  AuthorizationTable(RunContext context, Collection<Authorization> input) {
    Authorization[] lines = input.toArray(new Authorization[0]);
    // With a ledger, only the lines of the accounts this run concerns are read: a week's run costs one
    // look at each listed authorization's account, and its working arrays are the week's size.
    int[] positions = null;
    int kept = lines.length;
    if (context.concernedOnly) {
      positions = new int[Math.max(4, Math.min(lines.length, 1024))];
      kept = 0;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i] == null) {
          Args.notNull(lines[i], "authorizations[" + i + "]");
        }
        if (context.knownAccount(lines[i].accountId())) {
          if (kept == positions.length) {
            positions = Arrays.copyOf(positions, kept * 2);
          }
          positions[kept++] = i;
        }
      }
    }
    LoadedLines in = new LoadedLines(kept);
    for (int k = 0; k < kept; k++) {
      int i = positions == null ? k : positions[k];
      load(context, in, i, lines[i]);
    }
    int[] order = in.sortedOrder((x, y) -> compare(lines[x], lines[y]), RejectedLine.Source.AUTHORIZATION,
        context);
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
    if (context.hasLedger) {
      for (int a = 0; a < count; a++) {
        AuthorizationUse use = context.ledger.useOrNull(id[a]);
        if (use != null && !use.consumptions().isEmpty()) {
          remaining[a] = amount[a] - Monies.toMinorUnits(use.consumed());
        }
      }
    }
  }

  /** Checks and reads one authorization. */
  private static void load(RunContext context, LoadedLines in, int i, Authorization a) {
    if (a == null) {
      Args.notNull(a, "authorizations[" + i + "]");
    }
    long minorUnits;
    try {
      String problem = RunContext.lineProblem(a.id(), a.accountId(), a.reference(), a.date());
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      Args.sameCurrency(a.amount(), context.currency, "amount");
      minorUnits = context.minorUnits(a.amount());
      AuthorizationUse use = context.hasLedger ? context.ledger.useOrNull(a.id()) : null;
      if (use != null && Monies.toMinorUnits(use.consumed()) > minorUnits) {
        throw new IllegalArgumentException(Args.message("amount", "be at least the " + use.consumed()
            + " already consumed", a.amount()));
      }
    } catch (IllegalArgumentException e) {
      context.reject(RejectedLine.Source.AUTHORIZATION, a.id(), e.getMessage());
      return;
    }
    in.add(i, a.id(), context.account(a.accountId()), a.type().ordinal(), a.date().toEpochDay(), minorUnits,
        context.normalisedReference(a.reference()));
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
    account = null;
    type = null;
    ref = null;
  }
}
