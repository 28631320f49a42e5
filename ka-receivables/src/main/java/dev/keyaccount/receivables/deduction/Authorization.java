package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.immutables.value.Value;

/**
 * An authorization (扣款依据): something on our side that justifies a retailer's deduction, such as a
 * promotion accrual, an agreement fee, an invoice difference or a credit note.
 *
 * <p>The amount is what the retailer may deduct in total against it; a matching run never consumes
 * more. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Authorization {

  Authorization() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Our identifier, unique within a matching run.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The account (retailer) the authorization belongs to.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * What kind of deduction it authorizes.
   *
   * @return the reason type
   */
  public abstract ReasonType type();

  /**
   * The document reference the retailer is expected to quote (promotion number, invoice number…).
   *
   * @return the reference, if there is one
   */
  public abstract Optional<String> reference();

  /**
   * The amount that may be deducted against it.
   *
   * @return a positive amount
   *
   * <p>Held as Moneta's {@code Money} whatever {@code MonetaryAmount} it was built with (a
   * {@code FastMoney} is converted exactly), so that two values with equal amounts are equal.
   */
  public abstract MonetaryAmount amount();

  /**
   * The date it applies to (the promotion's end, the fee's due date, the invoice date).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /** Checks the attributes and holds the amount as a {@code Money}: equal amounts, equal authorizations. */
  @Value.Check
  Authorization check() {
    Args.notBlank(id(), "id");
    Args.notBlank(accountId(), "accountId");
    Args.positive(amount(), "amount");
    return amount() instanceof Money ? this : builder().from(this).amount(Monies.of(amount())).build();
  }

  /** Builds an {@link Authorization}; the reference is optional, every other attribute is required. */
  public static final class Builder extends ImmutableAuthorization.Builder {}
}
