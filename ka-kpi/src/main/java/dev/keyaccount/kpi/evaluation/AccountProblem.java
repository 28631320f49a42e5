package dev.keyaccount.kpi.evaluation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An account of a portfolio that could not be evaluated, and why (a missing fact, a currency mismatch,
 * a duplicate account id, a null entry).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountProblem {

  AccountProblem() {}

  static AccountProblem of(int index, String accountId, String message) {
    return ImmutableAccountProblem.builder().index(index).accountId(Optional.ofNullable(accountId))
        .message(message).build();
  }

  /**
   * The position of the account's facts in the portfolio input.
   *
   * @return the zero-based index
   */
  public abstract int index();

  /**
   * The account's id, unless the entry was null.
   *
   * @return the account id
   */
  public abstract Optional<String> accountId();

  /**
   * What went wrong, naming the criterion or argument and the value.
   *
   * @return the message
   */
  public abstract String message();
}
