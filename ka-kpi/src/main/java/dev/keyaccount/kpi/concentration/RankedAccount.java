package dev.keyaccount.kpi.concentration;

import dev.keyaccount.core.money.Rate;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One account's place on the cumulative sales curve. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankedAccount {

  RankedAccount() {}

  /**
   * The rank, 1 for the largest account (ties ranked by id).
   *
   * @return the rank
   */
  public abstract int rank();

  /**
   * The account's id.
   *
   * @return the id
   */
  public abstract String accountId();

  /**
   * The account's sales.
   *
   * @return the sales
   */
  public abstract Money sales();

  /**
   * The account's share of total sales, to {@link Rate#PRECISION}.
   *
   * @return the share
   */
  public abstract Rate share();

  /**
   * The share of total sales of this account and every account ranked above it, to
   * {@link Rate#PRECISION} (the last account's is exactly 100%).
   *
   * @return the cumulative share
   */
  public abstract Rate cumulativeShare();

  /**
   * The account's ABC class.
   *
   * @return the class
   */
  public abstract AbcClass abcClass();
}
