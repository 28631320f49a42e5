package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.immutables.value.Value;

/**
 * The part of a deduction matched against one authorization. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuthorizationMatch {

  AuthorizationMatch() {}

  /**
   * Returns a match.
   *
   * @param authorizationId the authorization's id
   * @param amount the amount consumed from it
   * @return the match
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank, or the amount not positive, beyond the decimal
   *     bound or not in whole minor units
   */
  public static AuthorizationMatch of(String authorizationId, MonetaryAmount amount) {
    return ImmutableAuthorizationMatch.of(authorizationId, amount);
  }

  /**
   * The authorization's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String authorizationId();

  /**
   * The amount of the deduction matched against (consumed from) the authorization, held as {@code Money}
   * in whole minor units.
   *
   * @return a positive amount
   */
  @Value.Parameter
  public abstract MonetaryAmount amount();

  @Value.Check
  AuthorizationMatch check() {
    // Held as Money (so equality does not depend on the caller's class) and bounded before anything else.
    Money amount = Monies.of(amount(), "amount");
    if (amount != amount()) {
      return ImmutableAuthorizationMatch.of(authorizationId(), amount);
    }
    Args.notBlank(authorizationId(), "authorizationId");
    Args.positive(amount(), "amount");
    Args.check(Monies.isWholeMinorUnits(amount), "amount", "be a whole number of minor units", amount);
    return this;
  }
}
