package dev.keyaccount.receivables.deduction;

import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * A run's results as columns, for writing a million of them without building a
 * {@link DeductionResult} each: row {@code i} holds the figures of the {@code i}-th value of
 * {@link MatchingResult#deductionResults()}, the amounts as whole minor units of {@link #currency()}
 * ({@code 1234.50} CNY is {@code 123450}), and its matches {@code 0} to {@code matchCount(i) - 1} in
 * the value's order. Only what an accessor returns is built. Immutable and thread-safe.
 */
public final class ResultColumns {

  private final RunOutcome run;
  private final CurrencyUnit currency;

  ResultColumns(RunOutcome run, CurrencyUnit currency) {
    this.run = run;
    this.currency = currency;
  }

  /**
   * The currency of every amount.
   *
   * @return the run's currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * How many results.
   *
   * @return the number of rows
   */
  public int size() {
    return run.deductionCount();
  }

  private int row(int row) {
    return Objects.checkIndex(row, run.deductionCount());
  }

  /**
   * As {@link DeductionResult#deductionId()}.
   *
   * @param row the row, from 0
   * @return the deduction's id
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public String deductionId(int row) {
    return run.deductionId(row(row));
  }

  /**
   * Where the row's deduction was in the list given to the matcher: the results are in the matcher's
   * order (by date, then amount and id), so this joins a result back to its input line without a lookup
   * by id. A line the run rejected has no row.
   *
   * @param row the row, from 0
   * @return the deduction's position in the deductions given to {@link DeductionMatcher#match} (in their
   *     iteration order), from 0
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public int line(int row) {
    return run.inputLine(row(row));
  }

  /**
   * As {@link DeductionResult#state()}.
   *
   * @param row the row, from 0
   * @return the state
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public DeductionState state(int row) {
    return run.deductionState(row(row));
  }

  /**
   * As {@link DeductionResult#pass()}.
   *
   * @param row the row, from 0
   * @return the pass that decided it
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public MatchPass pass(int row) {
    return run.pass(row(row));
  }

  /**
   * As {@link DeductionResult#amount()}, in minor units.
   *
   * @param row the row, from 0
   * @return the amount deducted
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long amountMinorUnits(int row) {
    return run.amount(row(row));
  }

  /**
   * As {@link DeductionResult#matched()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part matched to authorizations
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long matchedMinorUnits(int row) {
    return run.matched(row(row));
  }

  /**
   * As {@link DeductionResult#disputed()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part disputed
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long disputedMinorUnits(int row) {
    return run.disputed(row(row));
  }

  /**
   * As {@link DeductionResult#writtenOff()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part written off
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long writtenOffMinorUnits(int row) {
    return run.writtenOff(row(row));
  }

  /**
   * As {@link DeductionResult#unresolved()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part unresolved
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long unresolvedMinorUnits(int row) {
    return run.unresolved(row(row));
  }

  /**
   * How many authorizations the deduction was matched to ({@link DeductionResult#matches()}'s size).
   *
   * @param row the row, from 0
   * @return 0 or more
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public int matchCount(int row) {
    return run.matchCount(row(row));
  }

  /**
   * As {@link AuthorizationMatch#authorizationId()} of match {@code match} of the row.
   *
   * @param row the row, from 0
   * @param match the match, from 0
   * @return the authorization consumed
   * @throws IndexOutOfBoundsException if the row or the match is out of range
   */
  public String matchAuthorizationId(int row, int match) {
    int d = row(row);
    return run.matchAuthorizationId(d, Objects.checkIndex(match, run.matchCount(d)));
  }

  /**
   * As {@link AuthorizationMatch#amount()} of match {@code match} of the row, in minor units.
   *
   * @param row the row, from 0
   * @param match the match, from 0
   * @return the amount consumed
   * @throws IndexOutOfBoundsException if the row or the match is out of range
   */
  public long matchAmountMinorUnits(int row, int match) {
    int d = row(row);
    return run.matchAmount(d, Objects.checkIndex(match, run.matchCount(d)));
  }

  /**
   * As the size of {@link DeductionResult#candidates()}: the authorizations an unresolved deduction could
   * be matched to.
   *
   * @param row the row, from 0
   * @return 0 unless the deduction is unresolved
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public int candidateCount(int row) {
    return run.candidateCount(row(row));
  }

  /**
   * As element {@code candidate} of {@link DeductionResult#candidates()}.
   *
   * @param row the row, from 0
   * @param candidate the candidate, from 0
   * @return the candidate authorization's id
   * @throws IndexOutOfBoundsException if the row or the candidate is out of range
   */
  public String candidateId(int row, int candidate) {
    int d = row(row);
    return run.candidateId(d, Objects.checkIndex(candidate, run.candidateCount(d)));
  }

  /**
   * As {@link DeductionResult#duplicateOf()}.
   *
   * @param row the row, from 0
   * @return the id of the earlier deduction (of this run or of the ledger) that this one repeats, or
   *     empty unless the deduction is a duplicate
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public java.util.Optional<String> duplicateOf(int row) {
    return java.util.Optional.ofNullable(run.duplicateOf(row(row)));
  }
}
