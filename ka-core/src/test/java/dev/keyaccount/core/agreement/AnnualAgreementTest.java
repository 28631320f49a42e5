package dev.keyaccount.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AnnualAgreementTest {

  private static Money cny(String v) {
    return Money.of(new BigDecimal(v), "CNY");
  }

  private static AnnualAgreement.Builder agreement() {
    return AnnualAgreement.builder().accountId("CRF").year(Year.of(2026)).salesTarget(cny("5000000"))
        .volumeTargetCases(100_000).displayPoints(30).activityPoints(12).paymentTermDays(60).creditLimit(cny("800000"));
  }

  @Test
  void investmentPerFeeType_andTotal() {
    AnnualAgreement a = agreement()
        .putTradeInvestment(FeeType.LISTING, cny("50000"))
        .putTradeInvestment(FeeType.FESTIVAL_DM, cny("12500.50"))
        .putTradeInvestment(FeeType.REBATE, cny("0.01"))
        .build();
    assertEquals(cny("50000"), a.investment(FeeType.LISTING));
    assertEquals(cny("12500.50"), a.investment(FeeType.FESTIVAL_DM));
    assertEquals(cny("0"), a.investment(FeeType.DISPLAY));
    assertEquals(Currencies.CNY, a.investment(FeeType.DISPLAY).getCurrency());
    assertEquals(cny("62500.51"), a.totalTradeInvestment());
    assertEquals(Currencies.CNY, a.currency());
  }

  @Test
  void defaults_andZeroBoundaries() {
    AnnualAgreement a = agreement().salesTarget(cny("0")).volumeTargetCases(0).displayPoints(0).activityPoints(0)
        .paymentTermDays(0).creditLimit(cny("0")).putTradeInvestment(FeeType.BARCODE, cny("0")).build();
    assertEquals(0, a.facings());
    assertEquals(cny("0"), a.totalTradeInvestment());
    assertEquals(Monies.zero(Currencies.USD), agreement().salesTarget(Money.of(1, "USD")).creditLimit(Money.of(1, "USD"))
        .build().totalTradeInvestment());
  }

  @Test
  void aTradeInvestmentGivenAsFastMoney_isHeldAsMoney_evenWhenTheOtherAmountsAreMoneyAlready() {
    // The sales target and credit limit are Money already; only the one investment needs converting, and
    // the check must notice it (the amounts are held as Money, equal amounts giving equal agreements).
    AnnualAgreement a = agreement().putTradeInvestment(FeeType.LISTING, FastMoney.of(50000, "CNY")).build();
    assertTrue(a.tradeInvestment().get(FeeType.LISTING) instanceof Money);
    assertEquals(agreement().putTradeInvestment(FeeType.LISTING, cny("50000")).build(), a);
  }

  @Test
  void total_isTheSumOfEveryFeeType() {
    qt().withExamples(200).forAll(KaGenerators.currencies().flatMap(KaGenerators::agreements)).checkAssert(a -> {
      List<MonetaryAmount> each = new ArrayList<>();
      for (FeeType type : FeeType.values()) {
        each.add(a.investment(type));
      }
      assertEquals(a.totalTradeInvestment(), Monies.sum(each, a.currency()));
    });
  }
}
