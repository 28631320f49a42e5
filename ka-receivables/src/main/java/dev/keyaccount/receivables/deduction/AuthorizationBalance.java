package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * What a matching run consumed of one authorization and what remains of it (剩余额度); consumed +
 * remaining = amount, and nothing is ever consumed beyond the amount. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class AuthorizationBalance {

  AuthorizationBalance() {}

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
   * The authorized amount.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /**
   * The amount consumed by matched deductions.
   *
   * @return between zero and the amount
   */
  public abstract MonetaryAmount consumed();

  /**
   * The amount still open.
   *
   * @return amount − consumed
   */
  public abstract MonetaryAmount remaining();

  @Value.Check
  void check() {
    Args.notBlank(authorizationId(), "authorizationId");
    Args.notNegative(consumed(), "consumed");
    Args.notNegative(remaining(), "remaining");
    if (!Monies.add(consumed(), remaining()).isEqualTo(amount())) {
      Args.check(false, "remaining", "equal amount " + amount() + " - consumed " + consumed(), remaining());
    }
  }

  /** Builds an {@link AuthorizationBalance}; every attribute is required. */
  public static final class Builder extends ImmutableAuthorizationBalance.Builder {}
}
