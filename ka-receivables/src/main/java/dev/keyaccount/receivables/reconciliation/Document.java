package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A document on one side of a reconciliation (单据): an invoice (positive), a payment, credit note or
 * deduction (negative), identified by its reference. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Document {

  Document() {}

  /**
   * Returns a document.
   *
   * @param reference the reference, with at least one letter or digit
   * @param amount the signed amount: what the retailer owes goes up with a positive amount
   * @return the document
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reference has no letter or digit
   */
  public static Document of(String reference, MonetaryAmount amount) {
    return builder().reference(reference).amount(amount).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reference as written.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The signed amount.
   *
   * @return the amount
   */
  public abstract MonetaryAmount amount();

  /**
   * The document date, if known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * The reference as compared: {@link References#normalise(String)}.
   *
   * @return the normalised reference, not empty
   */
  @Value.Derived
  public String key() {
    return References.normalise(reference());
  }

  @Value.Check
  void check() {
    Args.check(!key().isEmpty(), "reference", "contain a letter or digit", "'" + reference() + "'");
  }

  /** Builds a {@link Document}; the date is optional. */
  public static final class Builder extends ImmutableDocument.Builder {}
}
