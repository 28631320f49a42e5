package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * An {@link AuthorizationUse} as the ledger keeps it: the amount and each consumption in minor units,
 * dates as epoch days, the consumptions ordered by date and deduction id (the public value's order).
 * The public value is built on demand by {@link #toUse(CurrencyUnit)}. Immutable:
 * the arrays are never changed after construction.
 */
final class UseLine {

  private static final String[] NO_IDS = {};
  private static final long[] NO_AMOUNTS = {};
  private static final int[] NO_DATES = {};

  final String authorizationId;
  final long amount;
  /** The sum of the consumptions. */
  final long consumed;
  /** How many consumptions. */
  private final int size;
  // The first consumption in fields and the others in arrays (null when there are none): most
  // authorizations are consumed once, and three arrays per line would triple the ledger's size.
  private final String firstId;
  private final long firstAmount;
  private final int firstDate;
  private final String[] restIds;
  private final long[] restAmounts;
  private final int[] restDates;

  private UseLine(String authorizationId, long amount, String[] deductionIds, long[] amounts, int[] dates) {
    this.authorizationId = authorizationId;
    this.amount = amount;
    this.size = amounts.length;
    long sum = 0;
    for (long a : amounts) {
      sum += a; // each consumption is positive and the sum is checked against the bounded amount below
      if (a <= 0 || sum > amount) {
        throw Args.invalid("consumptions of " + authorizationId, "be positive and add up to at most the amount "
            + amount, a);
      }
    }
    this.consumed = sum;
    this.firstId = size == 0 ? null : deductionIds[0];
    this.firstAmount = size == 0 ? 0 : amounts[0];
    this.firstDate = size == 0 ? 0 : dates[0];
    this.restIds = size <= 1 ? null : Arrays.copyOfRange(deductionIds, 1, size);
    this.restAmounts = size <= 1 ? null : Arrays.copyOfRange(amounts, 1, size);
    this.restDates = size <= 1 ? null : Arrays.copyOfRange(dates, 1, size);
  }

  /** A use as a {@link UseBlock} keeps it: its consumptions in order. */
  static UseLine restore(String authorizationId, long amount, String[] deductionIds, long[] amounts, int[] dates) {
    return new UseLine(authorizationId, amount, deductionIds, amounts, dates);
  }

  /** An authorization the ledger knows with nothing consumed yet. */
  static UseLine unused(String authorizationId, long amount) {
    return new UseLine(authorizationId, amount, NO_IDS, NO_AMOUNTS, NO_DATES);
  }

  /** The line of a public value. */
  static UseLine of(AuthorizationUse use) {
    List<Consumption> list = use.consumptions();
    String[] ids = new String[list.size()];
    long[] amounts = new long[ids.length];
    int[] dates = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      Consumption c = list.get(i);
      ids[i] = c.deductionId();
      amounts[i] = Monies.toMinorUnits(c.amount());
      dates[i] = (int) c.date().toEpochDay();
    }
    return new UseLine(use.authorizationId(), Monies.toMinorUnits(use.amount()), ids, amounts, dates);
  }

  /** How many consumptions. */
  int size() {
    return size;
  }

  /** The deduction of consumption {@code i}. */
  String deductionId(int i) {
    return i == 0 ? firstId : restIds[i - 1];
  }

  /** The amount of consumption {@code i}, in minor units. */
  long amount(int i) {
    return i == 0 ? firstAmount : restAmounts[i - 1];
  }

  /** The date of consumption {@code i}, as an epoch day. */
  int date(int i) {
    return i == 0 ? firstDate : restDates[i - 1];
  }

  /** The same authorization listed again with another amount, its consumptions kept. */
  UseLine withAmount(long newAmount) {
    return new UseLine(authorizationId, newAmount, ids(size), amounts(size), dates(size));
  }

  private String[] ids(int length) {
    String[] all = new String[length];
    for (int i = 0; i < size; i++) {
      all[i] = deductionId(i);
    }
    return all;
  }

  private long[] amounts(int length) {
    long[] all = new long[length];
    for (int i = 0; i < size; i++) {
      all[i] = amount(i);
    }
    return all;
  }

  private int[] dates(int length) {
    int[] all = new int[length];
    for (int i = 0; i < size; i++) {
      all[i] = date(i);
    }
    return all;
  }

  /** This use with more consumptions, kept in date and id order. */
  UseLine plus(String[] ids, long[] more, int[] days, int count) {
    int n = size;
    String[] allIds = ids(n + count);
    long[] allAmounts = amounts(n + count);
    int[] allDates = dates(n + count);
    for (int k = 0; k < count; k++) {
      // Insertion: a use has a handful of consumptions, and a run's come in date order.
      int i = n + k;
      while (i > 0 && (allDates[i - 1] > days[k]
          || allDates[i - 1] == days[k] && allIds[i - 1].compareTo(ids[k]) > 0)) {
        allIds[i] = allIds[i - 1];
        allAmounts[i] = allAmounts[i - 1];
        allDates[i] = allDates[i - 1];
        i--;
      }
      allIds[i] = ids[k];
      allAmounts[i] = more[k];
      allDates[i] = days[k];
    }
    return new UseLine(authorizationId, amount, allIds, allAmounts, allDates);
  }

  /** The public value. */
  AuthorizationUse toUse(CurrencyUnit currency) {
    AuthorizationUse.Builder b = AuthorizationUse.builder().authorizationId(authorizationId)
        .amount(Monies.ofMinorUnits(amount, currency));
    for (int i = 0; i < size; i++) {
      b.addConsumptions(Consumption.of(deductionId(i), Monies.ofMinorUnits(amount(i), currency),
          LocalDate.ofEpochDay(date(i))));
    }
    return b.build();
  }
}
