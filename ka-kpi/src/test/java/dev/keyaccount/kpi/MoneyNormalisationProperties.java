package dev.keyaccount.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.efficiency.SpendOutcome;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.profit.OperatingProfit;
import dev.keyaccount.kpi.profit.ProfitInput;
import java.math.BigDecimal;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The values of ka-kpi hold their amounts as {@code Money} whatever {@code MonetaryAmount} built them:
 * built from {@code FastMoney} they equal, hash like and compute like the same values built from
 * {@code Money}; an amount beyond the decimal bound is rejected naming the attribute.
 */
class MoneyNormalisationProperties {

  private static AccountFacts facts(Function<BigDecimal, MonetaryAmount> money, BigDecimal a) {
    return AccountFacts.builder().accountId("A").annualSales(money.apply(a)).growthRate(Rate.of("0.25")).dsoDays(35)
        .displayRate(Rate.of("0.23")).activityRate(Rate.of("0.38")).listedSkus(12).relationship(Level.ABOVE_AVERAGE)
        .build();
  }

  private static ProfitInput input(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return ProfitInput.builder().id("S").netSales(money.apply(a.add(b))).costOfGoods(money.apply(a))
        .variablePromotionCost(money.apply(b)).putFixedFees(FeeType.DISPLAY, money.apply(b)).build();
  }

  @Test
  void valuesBuiltFromFastMoney_equalTheSameBuiltFromMoney() {
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    Function<BigDecimal, MonetaryAmount> fast = v -> FastMoney.of(v, "CNY");
    qt().forAll(longs().between(1, 10_000_000_000L), longs().between(1, 10_000_000_000L)).checkAssert((x, y) -> {
      BigDecimal a = BigDecimal.valueOf(x, 2);
      BigDecimal b = BigDecimal.valueOf(y, 2);
      AccountFacts f = facts(fast, a);
      assertEquals(facts(money, a), f);
      assertEquals(facts(money, a).hashCode(), f.hashCode());
      assertInstanceOf(Money.class, f.annualSales());
      SpendOutcome o = SpendOutcome.of("S", fast.apply(a), 10, fast.apply(b));
      assertEquals(SpendOutcome.of("S", money.apply(a), 10, money.apply(b)), o);
      assertInstanceOf(Money.class, o.spend());
      ProfitInput p = input(fast, a, b);
      assertEquals(input(money, a, b), p);
      assertEquals(input(money, a, b).hashCode(), p.hashCode());
      assertInstanceOf(Money.class, p.fixedFees().get(FeeType.DISPLAY));
      assertEquals(OperatingProfit.DEFAULT.statement(input(money, a, b)), OperatingProfit.DEFAULT.statement(p));
    });
  }

  @Test
  void amountsBeyondTheDecimalBound_areRejectedNamingTheAttribute() {
    Money huge = Money.of(new BigDecimal("1E+40"), "CNY");
    String bound = " must have at most 34 digits before the decimal point and 68 after it (the decimal bound)"
        + " but has value 1E+40";
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    assertEquals("Argument 'annualSales'" + bound, assertThrows(IllegalArgumentException.class,
        () -> AccountFacts.builder().from(facts(money, BigDecimal.ONE)).annualSales(huge).build()).getMessage());
    assertEquals("Argument 'sales'" + bound, assertThrows(IllegalArgumentException.class,
        () -> SpendOutcome.of("S", Money.of(1, "CNY"), 1, huge)).getMessage());
    assertEquals("Argument 'costOfGoods'" + bound, assertThrows(IllegalArgumentException.class,
        () -> ProfitInput.builder().from(input(money, BigDecimal.ONE, BigDecimal.ONE)).costOfGoods(huge).build())
        .getMessage());
    assertEquals("Argument 'fixedFees'" + bound, assertThrows(IllegalArgumentException.class,
        () -> ProfitInput.builder().from(input(money, BigDecimal.ONE, BigDecimal.ONE))
            .putFixedFees(FeeType.LISTING, huge).build()).getMessage());
  }
}
