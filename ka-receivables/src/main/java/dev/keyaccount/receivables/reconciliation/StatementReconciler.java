package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Statement reconciliation (对账): our ledger against the retailer's statement for a period. Documents
 * are paired by normalised reference ({@link References}); several documents with the same reference on
 * one side are summed. Each reference becomes one line: matched, amount difference, only in our ledger,
 * or only on the statement, and the lines explain the difference of the balances to the minor unit
 * (seed case 2: a 600,000 difference with a customer, explained document by document). Stateless and
 * thread-safe.
 */
public final class StatementReconciler {

  /** The reconciler; it has no settings. */
  public static final StatementReconciler DEFAULT = new StatementReconciler();

  /** How a sum beyond the decimal bound names the documents it came from (each amount is within it). */
  private static final String SUM = " (a sum of their amounts)";
  /** How a difference beyond the decimal bound names the documents it came from. */
  private static final String DIFFERENCE = " (their sum's difference from the statement's)";

  private StatementReconciler() {}

  /**
   * Reconciles our ledger with the retailer's statement.
   *
   * @param ledger our documents
   * @param statement the retailer's lines
   * @param currency the currency of both
   * @return the reconciliation of the documents in the currency, with a failure item for each document
   *     left out (null, or in another currency), ledger first
   * @throws NullPointerException if an argument is null
   */
  public Reconciliation reconcile(Collection<Document> ledger, Collection<Document> statement, CurrencyUnit currency) {
    Args.notNull(ledger, "ledger");
    Args.notNull(statement, "statement");
    Args.notNull(currency, "currency");
    Failures ledgerFailures = new Failures("ledger");
    Failures statementFailures = new Failures("statement");
    Map<String, BigDecimal> ours = totals(ledger, currency, ledgerFailures);
    Map<String, BigDecimal> theirs = totals(statement, currency, statementFailures);
    List<FailureItem> failures = new ArrayList<>(ledgerFailures.items());
    failures.addAll(statementFailures.items());
    TreeSet<String> keys = new TreeSet<>(ours.keySet());
    keys.addAll(theirs.keySet());
    Reconciliation.Builder result = Reconciliation.builder().failures(failures);
    BigDecimal ledgerBalance = BigDecimal.ZERO;
    BigDecimal statementBalance = BigDecimal.ZERO;
    for (String key : keys) {
      BigDecimal our = ours.get(key);
      BigDecimal their = theirs.get(key);
      ReconciliationLine.Kind kind;
      if (our == null) {
        kind = ReconciliationLine.Kind.ONLY_IN_STATEMENT;
      } else if (their == null) {
        kind = ReconciliationLine.Kind.ONLY_IN_LEDGER;
      } else if (our.compareTo(their) == 0) {
        kind = ReconciliationLine.Kind.MATCHED;
      } else {
        kind = ReconciliationLine.Kind.AMOUNT_DIFFERENCE;
      }
      BigDecimal ourValue = our == null ? BigDecimal.ZERO : our;
      BigDecimal theirValue = their == null ? BigDecimal.ZERO : their;
      ledgerBalance = ledgerBalance.add(ourValue);
      statementBalance = statementBalance.add(theirValue);
      result.addLines(ReconciliationLine.builder()
          .kind(kind)
          .reference(key)
          .ledgerAmount(Optional.ofNullable(our).map(v -> ofReference(v, "ledger", key, SUM, currency)))
          .statementAmount(Optional.ofNullable(their).map(v -> ofReference(v, "statement", key, SUM, currency)))
          .difference(ofReference(ourValue.subtract(theirValue), "ledger", key, DIFFERENCE, currency))
          .build());
    }
    return result
        .ledgerBalance(Monies.of(Args.bounded(ledgerBalance, "ledger" + SUM), currency))
        .statementBalance(Monies.of(Args.bounded(statementBalance, "statement" + SUM), currency))
        .difference(Monies.of(Args.bounded(ledgerBalance.subtract(statementBalance), "ledger" + DIFFERENCE),
            currency))
        .build();
  }

  /**
   * A reference's total (or difference) on one side as an amount, within the decimal bound: named by the
   * side's documents of that reference when it is beyond it. Each amount has at most twice
   * {@link Args#DECIMAL_DIGITS} decimals, and so has a sum of them: one with at most
   * {@link Args#DECIMAL_DIGITS} digits and no negative scale is within the bound, and the name is built
   * only for one that may not be.
   */
  private static Money ofReference(BigDecimal total, String side, String key, String what, CurrencyUnit currency) {
    if (total.precision() <= Args.DECIMAL_DIGITS && total.scale() >= 0) {
      return Monies.of(total, currency);
    }
    return Monies.of(Args.bounded(total, side + " documents of reference " + key + what), currency);
  }

  private static Map<String, BigDecimal> totals(Collection<Document> documents, CurrencyUnit currency,
      Failures failures) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    int index = -1;
    for (Document document : documents) {
      index++;
      if (!failures.isNull(document, index)
          && !failures.isOtherCurrency(document.amount(), currency, index, document.reference(), "amount")) {
        totals.merge(document.key(), Monies.decimal(document.amount()), BigDecimal::add);
      }
    }
    return totals;
  }
}
