package dev.keyaccount.planning.promotion;

import static dev.keyaccount.planning.Fixtures.cny;
import static dev.keyaccount.planning.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.planning.Fixtures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BreakEvenTest {

  static CaseEconomics economics(long price, long cost, long discount, long fixed) {
    return CaseEconomics.builder().regularPrice(cny(price)).unitCost(cny(cost)).discountPerCase(cny(discount))
        .fixedCosts(cny(fixed)).build();
  }

  @Test
  void seed_breakEven_price10_cost6_discount1_baseline1000_displayFee500() {
    BreakEven be = BreakEven.of(economics(10, 6, 1, 500), 1_000);
    assertTrue(be.isAchievable());
    assertEquals(new BigDecimal("1500"), be.breakEvenCases().orElseThrow());
    assertEquals(OptionalLong.of(1500), be.breakEvenCasesWhole());
    assertEquals(new BigDecimal("500"), be.incrementalCases().orElseThrow());
    assertEquals(Rate.of("0.5"), be.requiredLift().orElseThrow());
    assertEquals("50.0%", be.requiredLift().orElseThrow().toString());
  }

  @Test
  void seed_breakEven_margin40_discount10_lift33point3() {
    Rate lift = BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(10)).orElseThrow();
    assertEquals("33.3%", lift.toString());
    assertEquals(0, lift.fraction().compareTo(BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128)));
  }

  @Test
  void seed_breakEven_margin40_discount20_lift100() {
    assertEquals(Optional.of(Rate.ONE), BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(20)));
  }

  @Test
  void seed_breakEven_marginRateForm_agreesWithAmounts() {
    // Price 100, margin 40, discount 10, no fixed costs: 1000 → 1333.33 cases.
    BreakEven be = BreakEven.of(economics(100, 60, 10, 0), 1_000);
    assertEquals(BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(10)), be.requiredLift());
    assertEquals(OptionalLong.of(1334), be.breakEvenCasesWhole());
  }

  @Test
  void aVolumeBeyondLongMaxValue_hasNoWholeCases_butItsVolume() {
    // Fixed costs of 10^33 against a margin of 0.01: 10^35 cases, beyond a long (it threw ArithmeticException).
    BreakEven be = BreakEven.of(CaseEconomics.builder().regularPrice(cny("10")).unitCost(cny("9.99"))
        .discountPerCase(cny("0")).fixedCosts(cny("1E+33")).build(), 1_000);
    assertEquals(0, new BigDecimal("1.00000000000000000000000000000001E+35").compareTo(be.breakEvenCases().orElseThrow()));
    assertEquals(OptionalLong.empty(), be.breakEvenCasesWhole());
    // Exactly Long.MAX_VALUE cases still fit.
    BreakEven edge = BreakEven.of(CaseEconomics.builder().regularPrice(cny("2")).unitCost(cny("1"))
        .discountPerCase(cny("0")).fixedCosts(cny(Long.MAX_VALUE)).build(), 0);
    assertEquals(OptionalLong.of(Long.MAX_VALUE), edge.breakEvenCasesWhole());
  }

  @Test
  void discountMeetingTheMargin_saysNoVolumeBreaksEven() {
    BreakEven be = BreakEven.of(economics(10, 6, 4, 500), 1_000);
    assertFalse(be.isAchievable());
    assertEquals(Optional.empty(), be.breakEvenCases());
    assertEquals(OptionalLong.empty(), be.breakEvenCasesWhole());
    assertEquals(Optional.empty(), be.requiredLift());
    assertEquals(Optional.empty(), be.incrementalCases());
    assertEquals(Optional.empty(), BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(40)));
  }

  @Test
  void discountAboveTheMargin_saysNoVolumeBreaksEven() {
    assertFalse(BreakEven.of(economics(10, 6, 5, 0), 1).isAchievable());
    assertTrue(BreakEven.of(economics(10, 6, 3, 0), 1).isAchievable());
    assertEquals(Optional.empty(), BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(50)));
  }

  @Test
  void noDiscountNoFixedCost_breaksEvenAtTheBaseline() {
    BreakEven be = BreakEven.of(economics(10, 6, 0, 0), 800);
    assertEquals(new BigDecimal("800"), be.breakEvenCases().orElseThrow());
    assertEquals(Rate.ZERO, be.requiredLift().orElseThrow());
    assertEquals(Optional.of(Rate.ZERO), BreakEven.requiredLift(Rate.ofPercent(40), Rate.ZERO));
  }

  @Test
  void fromAPromotion_usesItsDiscountAndFixedCosts() {
    CaseEconomics e = CaseEconomics.of(Fixtures.promotion("P1", LocalDate.of(2026, 5, 1), 45), cny(6));
    assertEquals(economics(10, 6, 1, 500), e);
    assertEquals(new BigDecimal("1500"), BreakEven.of(e, 1000).breakEvenCases().orElseThrow());
  }

  @Test
  void fromAPromotedPrice() {
    CaseEconomics e = CaseEconomics.ofPromotedPrice(cny(10), cny(9), cny(6), cny(500));
    assertEquals(economics(10, 6, 1, 500), e);
    assertEquals(cny(4), e.unitMargin());
    assertEquals(cny(3), e.promotedMargin());
  }

  @Test
  void property_profitAtBreakEvenEqualsBaselineProfit() {
    qt().withExamples(300).forAll(integers().between(1, 10_000), integers().between(0, 100),
        integers().between(0, 100), longs().between(0, 1_000_000))
        .checkAssert((price, costPercent, discountPercent, fixed) -> {
          long cost = (long) price * costPercent / 100;
          long discount = (long) price * discountPercent / 100;
          long baseline = 1 + (fixed % 5000);
          BreakEven be = BreakEven.of(economics(price, cost, discount, fixed), baseline);
          BigDecimal margin = BigDecimal.valueOf(price - cost);
          assertEquals(discount < price - cost, be.isAchievable());
          be.breakEvenCases().ifPresent(v -> {
            BigDecimal promoProfit = margin.subtract(BigDecimal.valueOf(discount)).multiply(v)
                .subtract(BigDecimal.valueOf(fixed));
            BigDecimal baseProfit = margin.multiply(BigDecimal.valueOf(baseline));
            assertTrue(promoProfit.subtract(baseProfit).abs().compareTo(new BigDecimal("1e-15")) < 0,
                promoProfit + " vs " + baseProfit);
            assertTrue(v.compareTo(BigDecimal.valueOf(baseline)) >= 0);
            assertTrue(be.requiredLift().orElseThrow().fraction().signum() >= 0);
          });
        });
  }

  @Test
  void zeroBaseline_breaksEvenOnTheFixedCosts_withoutALift() {
    // V = (m·V0 + F) / (m − d) = (4·0 + 500) / (4 − 1) = 166.66…; whole cases 167; lift undefined.
    BreakEven be = BreakEven.of(economics(10, 6, 1, 500), 0);
    assertTrue(be.isAchievable());
    BigDecimal expected = new BigDecimal(500).divide(new BigDecimal(3), Rate.PRECISION);
    assertEquals(expected, be.breakEvenCases().orElseThrow());
    assertEquals(expected, be.incrementalCases().orElseThrow());
    assertEquals(OptionalLong.of(167), be.breakEvenCasesWhole());
    assertEquals(Optional.empty(), be.requiredLift());
  }

  @Test
  void zeroBaseline_noFixedCosts_breaksEvenAtZero() {
    BreakEven be = BreakEven.of(economics(10, 6, 1, 0), 0);
    assertEquals(new BigDecimal("0"), be.breakEvenCases().orElseThrow());
    assertEquals(OptionalLong.of(0), be.breakEvenCasesWhole());
    assertEquals(Optional.empty(), be.requiredLift());
  }

  @Test
  void zeroBaseline_discountAtMargin_isNotAchievable() {
    BreakEven be = BreakEven.of(economics(10, 6, 4, 500), 0);
    assertFalse(be.isAchievable());
    assertEquals(Optional.empty(), be.requiredLift());
  }

  @Test
  void oneCaseBaseline_hasALift() {
    // V = (4·1 + 0) / 3 = 1.333…, lift = (1·1 + 0) / (3·1) = 33.3%.
    BreakEven be = BreakEven.of(economics(10, 6, 1, 0), 1);
    assertEquals("33.3%", be.requiredLift().orElseThrow().toString());
  }

  @Test
  void rejects_negativeBaseline() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BreakEven.of(economics(10, 6, 1, 500), -1));
    assertEquals("Argument 'baselineCases' must not be negative but has value -1", e.getMessage());
  }

  @Test
  void rejects_negativeDiscountRate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(-1)));
    assertEquals("Argument 'discountRate' must not be negative but has value -1.0%", e.getMessage());
  }

  @Test
  void rejects_mixedCurrencies() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CaseEconomics.builder().regularPrice(cny(10)).unitCost(usd(6)).discountPerCase(cny(1))
            .fixedCosts(cny(0)).build());
    assertTrue(e.getMessage().contains("'unitCost'") && e.getMessage().contains("USD")
        && e.getMessage().contains("CNY"), e.getMessage());
  }

  @Test
  void rejects_discountAbovePrice() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> economics(10, 6, 11, 0));
    assertEquals("Argument 'discountPerCase' must not exceed the regular price CNY 10 but has value CNY 11",
        e.getMessage());
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
        () -> CaseEconomics.ofPromotedPrice(cny(10), cny(11), cny(6), cny(0)));
    assertEquals("Argument 'promotedPrice' must not exceed the regular price CNY 10 but has value CNY 11",
        p.getMessage());
  }

  @Test
  void rejects_negativeAmounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> economics(10, -1, 1, 0));
    assertEquals("Argument 'unitCost' must not be negative but has value CNY -1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> economics(10, 6, 1, -1));
  }

  @Test
  void unitMarginFromDecimals() {
    assertEquals(Monies.of(new BigDecimal("4"), cny(0).getCurrency()), economics(10, 6, 1, 0).unitMargin());
  }

  @Test
  void rejects_mixedCurrencyDiscountAndPromotedPrice() {
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
        () -> CaseEconomics.builder().regularPrice(cny(10)).unitCost(cny(6)).discountPerCase(usd(1))
            .fixedCosts(cny(0)).build());
    assertTrue(d.getMessage().contains("'discountPerCase'") && d.getMessage().contains("USD"), d.getMessage());
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
        () -> CaseEconomics.ofPromotedPrice(cny(10), usd(9), cny(6), cny(0)));
    assertTrue(p.getMessage().contains("'promotedPrice'") && p.getMessage().contains("USD"), p.getMessage());
  }

  @Test
  void breakEvenVolume_keepsDecimalsBelowTheCase() {
    // (4·1000 + 1) / 3 = 1333.666…: exact to 34 digits, rounded up to 1334 whole cases.
    BreakEven be = BreakEven.of(economics(10, 6, 1, 1), 1_000);
    assertEquals("1333.666666666666666666666666666667", be.breakEvenCases().orElseThrow().toPlainString());
    assertEquals(OptionalLong.of(1334), be.breakEvenCasesWhole());
  }
}
