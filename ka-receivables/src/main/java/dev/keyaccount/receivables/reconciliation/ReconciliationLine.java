package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One line of a reconciliation: a document (by normalised reference) with our amount, the retailer's,
 * and the difference it explains. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReconciliationLine {

  ReconciliationLine() {}

  /** How a document compares across the two sides. */
  public enum Kind {
    /** On both sides with equal amounts (相符). */
    MATCHED,
    /** On both sides with different amounts (金额不符). */
    AMOUNT_DIFFERENCE,
    /** Only in our ledger (我方有、客户无), such as an invoice the retailer has not booked. */
    ONLY_IN_LEDGER,
    /** Only on the retailer's statement (客户有、我方无), such as a deduction we have not booked. */
    ONLY_IN_STATEMENT
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
   * How the document compares.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The normalised reference.
   *
   * @return the reference key
   */
  public abstract String reference();

  /**
   * Our amount (the sum if several of our documents share the reference).
   *
   * @return the amount, empty if only on the statement
   */
  public abstract Optional<MonetaryAmount> ledgerAmount();

  /**
   * The retailer's amount (the sum if several lines share the reference).
   *
   * @return the amount, empty if only in our ledger
   */
  public abstract Optional<MonetaryAmount> statementAmount();

  /**
   * The difference this line explains: ledger − statement, a missing side counting as zero.
   *
   * @return the difference
   */
  public abstract MonetaryAmount difference();

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  ReconciliationLine check() {
    Optional<Money> ledgerAmount = ledgerAmount().map(x -> Monies.of(x, "ledgerAmount"));
    Optional<Money> statementAmount = statementAmount().map(x -> Monies.of(x, "statementAmount"));
    Money difference = Monies.of(difference(), "difference");
    if (ledgerAmount.orElse(null) != ledgerAmount().orElse(null)
        || statementAmount.orElse(null) != statementAmount().orElse(null)
        || difference != difference()) {
      return builder().from(this)
          .ledgerAmount(ledgerAmount).statementAmount(statementAmount).difference(difference)
          .build();
    }
    Args.notBlank(reference(), "reference");
    Args.check(ledgerAmount().isPresent() || statementAmount().isPresent(), "ledgerAmount",
        "be present when the statement amount is not", ledgerAmount());
    return this;
  }

  /** Builds a {@link ReconciliationLine}; the amounts are optional, the rest required. */
  public static final class Builder extends ImmutableReconciliationLine.Builder {}
}
