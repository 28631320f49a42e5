package dev.keyaccount.receivables.aging;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * An open receivable item (未清项): an invoice, or what is left of it, with its due date. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenItem {

  OpenItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account that owes it.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * The document reference.
   *
   * @return the reference, not blank, at most {@link #MAX_TEXT_LENGTH} characters
   */
  public abstract String reference();

  /** The most characters of an account id or a reference (the deduction matcher's bound). */
  public static final int MAX_TEXT_LENGTH = 256;

  /**
   * The due date (from the invoice date and the payment terms).
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * The open amount; a credit (negative) item reduces its bucket.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  OpenItem check() {
    Money amount = Monies.of(amount(), "amount");
    if (amount != amount()) {
      return builder().from(this).amount(amount).build();
    }
    Args.notBlank(accountId(), "accountId");
    Args.notBlank(reference(), "reference");
    Args.check(accountId().length() <= MAX_TEXT_LENGTH, "accountId", "have at most " + MAX_TEXT_LENGTH
        + " characters", accountId().length() + " characters");
    Args.check(reference().length() <= MAX_TEXT_LENGTH, "reference", "have at most " + MAX_TEXT_LENGTH
        + " characters", reference().length() + " characters");
    return this;
  }

  /** Builds an {@link OpenItem}; every attribute is required. */
  public static final class Builder extends ImmutableOpenItem.Builder {}
}
