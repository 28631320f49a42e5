package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.List;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What a {@link DeductionLedger} knows of one authorization: its amount when last listed and every
 * consumption so far, in the order the runs made them. Never consumed beyond its amount. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuthorizationUse {

  AuthorizationUse() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The authorization's id.
   *
   * @return the id
   */
  public abstract String authorizationId();

  /**
   * The authorization's amount when it was last listed.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * Every consumption, oldest first.
   *
   * @return the consumptions
   */
  public abstract List<Consumption> consumptions();

  /**
   * The sum of the consumptions.
   *
   * @return the amount consumed so far, in the amount's currency
   */
  @Value.Derived
  public Money consumed() {
    Money total = Monies.zero(amount().getCurrency());
    for (Consumption c : consumptions()) {
      total = Monies.add(total, c.amount());
    }
    return total;
  }

  /**
   * What is left: the amount less what was consumed.
   *
   * @return not negative
   */
  public Money remaining() {
    return amount().subtract(consumed());
  }

  @Value.Check
  void check() {
    Args.notBlank(authorizationId(), "authorizationId");
    Args.positive(amount(), "amount");
    Args.check(!consumed().isGreaterThan(amount()), "consumptions",
        "add up to at most the amount " + amount(), consumed());
  }

  /** Builds an {@link AuthorizationUse}; the id and the amount are required. */
  public static final class Builder extends ImmutableAuthorizationUse.Builder {}
}
