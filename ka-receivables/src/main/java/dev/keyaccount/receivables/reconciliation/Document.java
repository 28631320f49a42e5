package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

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

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  Document check() {
    Money amount = Monies.of(amount(), "amount");
    if (amount != amount()) {
      return builder().from(this).amount(amount).build();
    }
    if (key().isEmpty()) {
      throw Args.invalid("reference", "contain a letter or digit", "'" + reference() + "'");
    }
    return this;
  }

  /** Builds a {@link Document}; the date is optional. */
  public static final class Builder extends ImmutableDocument.Builder {}
}
