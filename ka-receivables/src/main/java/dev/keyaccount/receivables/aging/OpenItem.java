package dev.keyaccount.receivables.aging;

import dev.keyaccount.core.Args;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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
   * @return the reference, not blank
   */
  public abstract String reference();

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

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    Args.notBlank(reference(), "reference");
  }

  /** Builds an {@link OpenItem}; every attribute is required. */
  public static final class Builder extends ImmutableOpenItem.Builder {}
}
