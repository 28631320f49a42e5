package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.product.Sku;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The values of ka-core hold their amounts as {@code Money} whatever {@code MonetaryAmount} built them:
 * a value built from {@code FastMoney} equals, and hashes like, the same value built from {@code Money};
 * an amount beyond the decimal bound is rejected naming the attribute.
 */
class MoneyNormalisationProperties {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private static Sku sku(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return Sku.builder().code("B").brand("Snow").pack("500ml").caseSize(12).listPricePerCase(money.apply(a.add(b)))
        .costPerCase(money.apply(a)).role(PortfolioRole.PROFIT).build();
  }

  private static Promotion promotion(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return Promotion.builder().id("P").accountId("A").type(PromotionType.PRICE_OFF).period(JAN_1.plusDays(60),
        JAN_1.plusDays(70)).addSkuCodes("B").regularPrice(money.apply(a.add(b))).promotedPrice(money.apply(a))
        .fixedCosts(money.apply(b)).submissionDate(JAN_1).build();
  }

  private static AnnualAgreement agreement(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return AnnualAgreement.builder().accountId("A").year(Year.of(2026)).salesTarget(money.apply(a))
        .volumeTargetCases(10).displayPoints(3).activityPoints(1).paymentTermDays(60).creditLimit(money.apply(b))
        .putTradeInvestment(FeeType.LISTING, money.apply(b)).putTradeInvestment(FeeType.DISPLAY, money.apply(a))
        .build();
  }

  private static void sameValue(Object fromMoney, Object fromFast) {
    assertEquals(fromMoney, fromFast);
    assertEquals(fromMoney.hashCode(), fromFast.hashCode());
  }

  @Test
  void valuesBuiltFromFastMoney_equalTheSameBuiltFromMoney() {
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    Function<BigDecimal, MonetaryAmount> fast = v -> FastMoney.of(v, "CNY");
    qt().forAll(longs().between(0, 10_000_000_000L), longs().between(0, 10_000_000_000L)).checkAssert((x, y) -> {
      BigDecimal a = BigDecimal.valueOf(x, 2);
      BigDecimal b = BigDecimal.valueOf(y, 2);
      Sku s = sku(fast, a, b);
      sameValue(sku(money, a, b), s);
      assertInstanceOf(Money.class, s.listPricePerCase());
      assertInstanceOf(Money.class, s.costPerCase());
      Promotion p = promotion(fast, a, b);
      sameValue(promotion(money, a, b), p);
      assertInstanceOf(Money.class, p.fixedCosts());
      AnnualAgreement g = agreement(fast, a, b);
      sameValue(agreement(money, a, b), g);
      assertInstanceOf(Money.class, g.tradeInvestment().get(FeeType.DISPLAY));
      assertEquals(agreement(money, a, b).tradeInvestment().keySet(), g.tradeInvestment().keySet());
    });
  }

  @Test
  void amountsBeyondTheDecimalBound_areRejectedNamingTheAttribute() {
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    BigDecimal huge = new BigDecimal("1E+40");
    String bound = " must have at most 34 digits before the decimal point and 68 after it (the decimal bound)"
        + " but has value 1E+40";
    assertEquals("Argument 'listPricePerCase'" + bound, assertThrows(IllegalArgumentException.class,
        () -> Sku.builder().from(sku(money, BigDecimal.ONE, BigDecimal.ONE)).listPricePerCase(Money.of(huge, "CNY"))
            .build()).getMessage());
    assertEquals("Argument 'costPerCase'" + bound, assertThrows(IllegalArgumentException.class,
        () -> Sku.builder().from(sku(money, BigDecimal.ONE, BigDecimal.ONE)).costPerCase(Money.of(huge, "CNY"))
            .build()).getMessage());
    assertEquals("Argument 'fixedCosts'" + bound, assertThrows(IllegalArgumentException.class,
        () -> Promotion.builder().from(promotion(money, BigDecimal.ONE, BigDecimal.ONE))
            .fixedCosts(Money.of(huge, "CNY")).build()).getMessage());
    assertEquals("Argument 'creditLimit'" + bound, assertThrows(IllegalArgumentException.class,
        () -> agreement(money, BigDecimal.ONE, huge)).getMessage());
    assertEquals("Argument 'tradeInvestment'" + bound, assertThrows(IllegalArgumentException.class,
        () -> AnnualAgreement.builder().from(agreement(money, BigDecimal.ONE, BigDecimal.ONE))
            .putTradeInvestment(FeeType.REBATE, Money.of(huge, "CNY")).build()).getMessage());
  }
}
