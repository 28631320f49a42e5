package dev.keyaccount.receivables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.aging.AgingCalculator;
import dev.keyaccount.receivables.aging.AgingReport;
import dev.keyaccount.receivables.aging.OpenItem;
import dev.keyaccount.receivables.reconciliation.Reconciliation;
import dev.keyaccount.receivables.reconciliation.ReconciliationLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Values whose only amounts that are not {@code Money} are in one place: they are held as
 * {@code Money} all the same (an aging report whose totals are {@code Money} already, a reconciliation
 * and its line built from {@code FastMoney} only).
 */
class HeldAsMoneyEdgeTest {

  private static MonetaryAmount fast(String value) {
    return FastMoney.of(new BigDecimal(value), Currencies.CNY);
  }

  private static Money money(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  @Test
  void anAgingReport_whoseOnlyFastMoneyIsAnAccountsRow() {
    LocalDate day = LocalDate.of(2026, 3, 31);
    OpenItem item = OpenItem.builder().accountId("KA1").reference("INV-1").dueDate(day.minusDays(40))
        .amount(money("12.34")).build();
    AgingReport report = AgingCalculator.DEFAULT.age(List.of(item), day, Currencies.CNY);
    List<MonetaryAmount> row = report.byAccount().get("KA1").stream()
        .map(m -> fast(m.getNumber().numberValue(BigDecimal.class).toPlainString())).toList();
    AgingReport rebuilt = AgingReport.builder().from(report).byAccount(Map.of("KA1", row)).build();
    assertEquals(report, rebuilt);
    for (MonetaryAmount amount : rebuilt.byAccount().get("KA1")) {
      assertInstanceOf(Money.class, amount);
    }
  }

  @Test
  void aReconciliationAndItsLine_builtFromFastMoney() {
    ReconciliationLine line = ReconciliationLine.builder().kind(ReconciliationLine.Kind.AMOUNT_DIFFERENCE)
        .reference("INV-1").ledgerAmount(fast("100.00")).statementAmount(fast("90.00")).difference(fast("10.00"))
        .build();
    assertInstanceOf(Money.class, line.ledgerAmount().orElseThrow());
    assertInstanceOf(Money.class, line.statementAmount().orElseThrow());
    assertInstanceOf(Money.class, line.difference());
    assertEquals(money("10.00"), line.difference());
    Reconciliation r = Reconciliation.builder().ledgerBalance(fast("100.00")).statementBalance(fast("90.00"))
        .difference(fast("10.00")).addLines(line).build();
    assertInstanceOf(Money.class, r.ledgerBalance());
    assertInstanceOf(Money.class, r.statementBalance());
    assertEquals(money("10.00"), r.difference());
    assertEquals(List.of(line), r.lines());
  }
}
