package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.immutables.value.Value;

/**
 * A deduction (扣款): an amount a retailer took off a payment, with its own reason code and, often,
 * the reference of the document it claims against.
 *
 * <p>A deduction is a line of the retailer's remittance advice, which is not always well formed: this
 * value accepts a blank account, a negative amount or any currency, so that {@link DeductionMatcher}
 * can report such a line as rejected, with the reason, and still match the rest. Only the id must be
 * present. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deduction {

  Deduction() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deduction's identifier, unique within a matching run.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The account (retailer) that deducted; a blank account is rejected by the matcher.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * The retailer's reason code, mapped to a {@link ReasonType} by the policy.
   *
   * @return the reason code as the retailer wrote it
   */
  public abstract String reasonCode();

  /**
   * The reference the retailer quoted, as written.
   *
   * @return the reference, if any
   */
  public abstract Optional<String> reference();

  /**
   * The amount deducted; must be positive and in the policy's currency to be matched.
   *
   * @return the amount
   *
   * <p>Held as Moneta's {@code Money} whatever {@code MonetaryAmount} it was built with (a
   * {@code FastMoney} is converted exactly), so that two values with equal amounts are equal.
   */
  public abstract MonetaryAmount amount();

  /**
   * The date of the deduction (the payment or remittance date).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /** Checks the id and holds the amount as a {@code Money}: equal amounts, equal deductions. */
  @Value.Check
  Deduction check() {
    Args.notBlank(id(), "id");
    return amount() instanceof Money ? this : builder().from(this).amount(Monies.of(amount())).build();
  }

  /** Builds a {@link Deduction}; the reference is optional, every other attribute is required. */
  public static final class Builder extends ImmutableDeduction.Builder {}
}
