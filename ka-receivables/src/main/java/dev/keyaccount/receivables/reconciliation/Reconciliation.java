package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.FailureItem;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A statement reconciliation (对账结果): both balances, their difference, and the lines that explain it.
 * The lines' differences always add up exactly to the difference of the balances. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reconciliation {

  Reconciliation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Our ledger's balance: the sum of our documents.
   *
   * @return the balance
   */
  public abstract MonetaryAmount ledgerBalance();

  /**
   * The statement's balance: the sum of the retailer's lines.
   *
   * @return the balance
   */
  public abstract MonetaryAmount statementBalance();

  /**
   * The difference to explain: ledger balance − statement balance.
   *
   * @return the difference
   */
  public abstract MonetaryAmount difference();

  /**
   * One line per normalised reference, in reference order.
   *
   * @return the lines
   */
  public abstract List<ReconciliationLine> lines();

  /**
   * The lines that explain part of the difference (every kind but {@link ReconciliationLine.Kind#MATCHED}).
   *
   * @return the differing lines
   */
  public List<ReconciliationLine> differences() {
    return lines().stream().filter(l -> l.kind() != ReconciliationLine.Kind.MATCHED).collect(java.util.stream.Collectors.toList());
  }

  /**
   * Whether the two sides agree in every document.
   *
   * @return true if every line is matched
   */
  public boolean isReconciled() {
    return differences().isEmpty();
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  Reconciliation check() {
    Money ledgerBalance = Monies.of(ledgerBalance(), "ledgerBalance");
    Money statementBalance = Monies.of(statementBalance(), "statementBalance");
    Money difference = Monies.of(difference(), "difference");
    if (ledgerBalance != ledgerBalance()
        || statementBalance != statementBalance()
        || difference != difference()) {
      return builder().from(this)
          .ledgerBalance(ledgerBalance).statementBalance(statementBalance).difference(difference)
          .build();
    }
    MonetaryAmount explained = Monies.sum(
        lines().stream().map(ReconciliationLine::difference).collect(java.util.stream.Collectors.toList()),
        difference().getCurrency());
    if (!explained.isEqualTo(difference())) {
      throw Args.invalid("lines", "explain the difference " + difference(), explained);
    }
    Args.check(Monies.subtract(ledgerBalance(), statementBalance()).isEqualTo(difference()), "difference",
        "equal ledger balance - statement balance", difference());
    return this;
  }

  /**
   * The documents left out, ledger first, each in input order: null, or in another currency.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();

  /** Builds a {@link Reconciliation}; every attribute is required. */
  public static final class Builder extends ImmutableReconciliation.Builder {}
}
