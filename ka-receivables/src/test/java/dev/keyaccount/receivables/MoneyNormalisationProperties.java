package dev.keyaccount.receivables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.aging.AgingCalculator;
import dev.keyaccount.receivables.aging.AgingReport;
import dev.keyaccount.receivables.aging.OpenItem;
import dev.keyaccount.receivables.credit.CreditDecision;
import dev.keyaccount.receivables.credit.CreditPosition;
import dev.keyaccount.receivables.dso.SalesPeriod;
import dev.keyaccount.receivables.reconciliation.Document;
import dev.keyaccount.receivables.reconciliation.StatementReconciler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The values of ka-receivables (outside the deduction package, which has its own test) hold their
 * amounts as {@code Money} whatever {@code MonetaryAmount} built them: built from {@code FastMoney} they
 * equal, hash like and compute like the same values built from {@code Money}; an amount beyond the
 * decimal bound is rejected naming the attribute.
 */
class MoneyNormalisationProperties {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  private static OpenItem item(Function<BigDecimal, MonetaryAmount> money, BigDecimal a) {
    return OpenItem.builder().accountId("KA1").reference("INV-1").dueDate(DAY.minusDays(40)).amount(money.apply(a))
        .build();
  }

  private static CreditPosition position(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return CreditPosition.builder().creditLimit(money.apply(a.add(b))).openReceivables(money.apply(a))
        .openOrders(money.apply(b)).build();
  }

  private static CreditDecision decision(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return CreditDecision.builder().exposure(money.apply(a)).exposureWithOrder(money.apply(a.add(b)))
        .available(money.apply(b)).held(false).amountOver(money.apply(BigDecimal.ZERO)).build();
  }

  @Test
  void valuesBuiltFromFastMoney_equalTheSameBuiltFromMoney() {
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    Function<BigDecimal, MonetaryAmount> fast = v -> FastMoney.of(v, "CNY");
    qt().forAll(longs().between(1, 10_000_000_000L), longs().between(1, 10_000_000_000L)).checkAssert((x, y) -> {
      BigDecimal a = BigDecimal.valueOf(x, 2);
      BigDecimal b = BigDecimal.valueOf(y, 2);
      OpenItem i = item(fast, a);
      assertEquals(item(money, a), i);
      assertEquals(item(money, a).hashCode(), i.hashCode());
      assertInstanceOf(Money.class, i.amount());
      assertEquals(AgingCalculator.DEFAULT.age(List.of(item(money, a)), DAY, Currencies.CNY),
          AgingCalculator.DEFAULT.age(List.of(i), DAY, Currencies.CNY));
      Document d = Document.of("INV-1", fast.apply(b));
      assertEquals(Document.of("INV-1", money.apply(b)), d);
      assertEquals(StatementReconciler.DEFAULT.reconcile(List.of(Document.of("INV-1", money.apply(b))), List.of(),
          Currencies.CNY), StatementReconciler.DEFAULT.reconcile(List.of(d), List.of(), Currencies.CNY));
      CreditPosition c = position(fast, a, b);
      assertEquals(position(money, a, b), c);
      assertInstanceOf(Money.class, c.openOrders());
      assertEquals(SalesPeriod.of(money.apply(a), 30), SalesPeriod.of(fast.apply(a), 30));
      assertEquals(decision(money, a, b), decision(fast, a, b));
      AgingReport report = AgingCalculator.DEFAULT.age(List.of(item(money, a)), DAY, Currencies.CNY);
      AgingReport rebuilt = AgingReport.builder().from(report).total(fast.apply(a))
          .totals(report.totals().stream().map(m -> fast.apply(Monies.decimal(m))).collect(Collectors.toList()))
          .byAccount(java.util.Map.of("KA1", report.byAccount().get("KA1").stream()
              .map(m -> fast.apply(Monies.decimal(m))).collect(Collectors.toList())))
          .build();
      assertEquals(report, rebuilt);
      assertInstanceOf(Money.class, rebuilt.byAccount().get("KA1").get(0));
      assertInstanceOf(Money.class, decision(fast, a, b).amountOver());
    });
  }

  @Test
  void amountsBeyondTheDecimalBound_areRejectedNamingTheAttribute() {
    Money huge = Money.of(new BigDecimal("1E+40"), "CNY");
    String bound = " must have at most 34 digits before the decimal point and 68 after it (the decimal bound)"
        + " but has value 1E+40";
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    assertEquals("Argument 'amount'" + bound, assertThrows(IllegalArgumentException.class,
        () -> OpenItem.builder().from(item(money, BigDecimal.ONE)).amount(huge).build()).getMessage());
    assertEquals("Argument 'amount'" + bound, assertThrows(IllegalArgumentException.class,
        () -> Document.of("INV-1", huge)).getMessage());
    assertEquals("Argument 'openOrders'" + bound, assertThrows(IllegalArgumentException.class,
        () -> CreditPosition.builder().from(position(money, BigDecimal.ONE, BigDecimal.ONE)).openOrders(huge).build())
        .getMessage());
    assertEquals("Argument 'creditSales'" + bound, assertThrows(IllegalArgumentException.class,
        () -> SalesPeriod.of(huge, 30)).getMessage());
  }
}
