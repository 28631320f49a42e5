package dev.keyaccount.receivables.deduction;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * A ledger's authorization uses as columns, for writing a million of them without building an
 * {@link AuthorizationUse} each: row {@code i} holds the figures of the {@code i}-th value of
 * {@link DeductionLedger#authorizationUses()} (by id), the amounts as whole minor units of
 * {@link #currency()}, and its consumptions {@code 0} to {@code consumptionCount(i) - 1} in the
 * value's order (by date, then deduction id). Only what an accessor returns is built. Immutable and
 * thread-safe.
 */
public final class UseColumns {

  private final CurrencyUnit currency;
  private final UseRows rows;

  UseColumns(CurrencyUnit currency, UseRows rows) {
    this.currency = currency;
    this.rows = rows;
  }

  /**
   * The currency of every amount.
   *
   * @return the ledger's currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * How many authorizations.
   *
   * @return the number of rows
   */
  public int size() {
    return rows.size();
  }


  /**
   * As {@link AuthorizationUse#authorizationId()}.
   *
   * @param row the row, from 0
   * @return the authorization's id
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public String authorizationId(int row) {
    return rows.id(row);
  }

  /**
   * As {@link AuthorizationUse#amount()}, in minor units.
   *
   * @param row the row, from 0
   * @return the amount authorized, as last listed
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long amountMinorUnits(int row) {
    return rows.amount(row);
  }

  /**
   * How many consumptions ({@link AuthorizationUse#consumptions()}'s size).
   *
   * @param row the row, from 0
   * @return 0 or more
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public int consumptionCount(int row) {
    return rows.consumptionCount(row);
  }

  private int consumption(int row, int consumption) {
    return rows.consumption(row, Objects.checkIndex(consumption, rows.consumptionCount(row)));
  }

  /**
   * As {@link Consumption#deductionId()} of consumption {@code consumption} of the row.
   *
   * @param row the row, from 0
   * @param consumption the consumption, from 0
   * @return the deduction that consumed
   * @throws IndexOutOfBoundsException if the row or the consumption is out of range
   */
  public String consumptionDeductionId(int row, int consumption) {
    return rows.consumptionDeductionId(row, consumption(row, consumption));
  }

  /**
   * As {@link Consumption#amount()} of consumption {@code consumption} of the row, in minor units.
   *
   * @param row the row, from 0
   * @param consumption the consumption, from 0
   * @return the amount consumed
   * @throws IndexOutOfBoundsException if the row or the consumption is out of range
   */
  public long consumptionAmountMinorUnits(int row, int consumption) {
    return rows.consumptionAmount(row, consumption(row, consumption));
  }

  /**
   * As {@link Consumption#date()} of consumption {@code consumption} of the row.
   *
   * @param row the row, from 0
   * @param consumption the consumption, from 0
   * @return the deduction's date
   * @throws IndexOutOfBoundsException if the row or the consumption is out of range
   */
  public LocalDate consumptionDate(int row, int consumption) {
    return LocalDate.ofEpochDay(rows.consumptionDate(row, consumption(row, consumption)));
  }
}
