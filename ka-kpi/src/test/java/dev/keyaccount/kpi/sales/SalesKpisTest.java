package dev.keyaccount.kpi.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SalesKpisTest {

  private static final SalesKpis KPIS = SalesKpis.DEFAULT;

  private static List<BigDecimal> months(int... values) {
    return Arrays.stream(values).mapToObj(BigDecimal::valueOf).collect(Collectors.toList());
  }

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), "CNY");
  }

  @Test
  void seed001_monthlyAverage_overActiveMonths_is30() {
    List<BigDecimal> sales2008 = months(0, 0, 0, 40, 15, 24, 25, 25, 40, 20, 36, 45);
    assertEquals(9, KPIS.activeMonths(sales2008));
    assertEquals(new BigDecimal("30.00"), KPIS.monthlyAverage(sales2008));
  }

  @Test
  void seed001_monthlyAverageAmount_inWan() {
    List<Money> sales = Stream.of("0", "0", "0", "400000", "150000", "240000", "250000", "250000", "400000",
        "200000", "360000", "450000").map(SalesKpisTest::cny).collect(Collectors.toList());
    assertEquals(cny("300000.00"), KPIS.monthlyAverageAmount(sales));
  }

  @Test
  void monthlyAverage_roundsHalfUpToTwoDecimals() {
    assertEquals(new BigDecimal("3.33"), KPIS.monthlyAverage(months(1, 1, 8)));
    assertEquals(new BigDecimal("1.67"), KPIS.monthlyAverage(months(1, 2, 2)));
    assertEquals(new BigDecimal("0.01"), KPIS.monthlyAverage(List.of(new BigDecimal("0.005"), BigDecimal.ZERO)));
    assertEquals(cny("0.67"), KPIS.monthlyAverageAmount(List.of(cny("1.00"), cny("1.00"), cny("0.01"), cny("0"))));
    assertEquals(cny("0.01"), KPIS.monthlyAverageAmount(List.of(cny("0.01"), cny("0"))));
  }

  @Test
  void monthlyAverage_withoutActiveMonths_isZero() {
    assertEquals(new BigDecimal("0.00"), KPIS.monthlyAverage(months(0, 0, 0)));
    assertEquals(0, KPIS.activeMonths(months(0, 0)));
    assertEquals(cny("0"), KPIS.monthlyAverageAmount(List.of(cny("0"), cny("0"))));
  }

  @Test
  void monthlyAverage_emptyPeriod_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KPIS.monthlyAverage(List.of()));
    assertEquals("Argument 'monthlySales' must not be empty but has value []", e.getMessage());
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
        () -> KPIS.monthlyAverageAmount(List.of()));
    assertEquals("Argument 'monthlySales' must not be empty but has value []", m.getMessage());
  }

  @Test
  void monthlyAverage_negativeMonth_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KPIS.monthlyAverage(months(1, -2, 3)));
    assertEquals("Argument 'monthlySales[1]' must not be negative but has value -2", e.getMessage());
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
        () -> KPIS.monthlyAverageAmount(List.of(cny("1"), cny("-2"))));
    assertEquals("Argument 'monthlySales[1]' must not be negative but has value CNY -2", m.getMessage());
  }

  @Test
  void monthlyAverageAmount_mixedCurrencies_areRejectedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KPIS.monthlyAverageAmount(List.of(cny("1"), Money.of(2, "USD"))));
    assertTrue(e.getMessage().contains("USD") && e.getMessage().contains("CNY"), e.getMessage());
  }

  @Test
  void achievement_isActualOverTarget() {
    assertEquals(Rate.of("0.8"), KPIS.achievement(cny("80"), cny("100")));
    assertEquals(Rate.of("1.25"), KPIS.achievement(cny("125"), cny("100")));
    assertEquals(Rate.ZERO, KPIS.achievement(cny("0"), cny("100")));
  }

  @Test
  void achievement_rejectsNegativeSalesAndZeroTarget() {
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
        () -> KPIS.achievement(cny("-1"), cny("100")));
    assertEquals("Argument 'actual' must not be negative but has value CNY -1", neg.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> KPIS.achievement(cny("1"), cny("0")));
    assertEquals("Argument 'target' must be positive but has value CNY 0", zero.getMessage());
    IllegalArgumentException usd = assertThrows(IllegalArgumentException.class,
        () -> KPIS.achievement(Money.of(1, "USD"), cny("100")));
    assertTrue(usd.getMessage().contains("USD") && usd.getMessage().contains("CNY"), usd.getMessage());
  }

  @Test
  void highMarginMix_againstRequiredProportion() {
    ProfitMix mix = KPIS.highMarginMix(cny("30"), cny("100"), Rate.of("0.25"));
    assertEquals(Rate.of("0.3"), mix.share());
    assertEquals(Rate.of("0.25"), mix.required());
    assertTrue(mix.meetsRequirement());
    assertEquals(Rate.of("0.05"), mix.gap());
    ProfitMix exact = KPIS.highMarginMix(cny("25"), cny("100"), Rate.of("0.25"));
    assertTrue(exact.meetsRequirement());
    ProfitMix short_ = KPIS.highMarginMix(cny("20"), cny("100"), Rate.of("0.25"));
    assertFalse(short_.meetsRequirement());
    assertEquals(Rate.of("-0.05"), short_.gap());
  }

  @Test
  void highMarginMix_fromSalesByPortfolioRole() {
    Map<PortfolioRole, Money> byRole = new EnumMap<>(PortfolioRole.class);
    byRole.put(PortfolioRole.PROFIT, cny("30"));
    byRole.put(PortfolioRole.IMAGE, cny("20"));
    byRole.put(PortfolioRole.VOLUME, cny("50"));
    assertEquals(KPIS.highMarginMix(cny("30"), cny("100"), Rate.of("0.25")), KPIS.highMarginMix(byRole, Rate.of("0.25")));
    ProfitMix none = KPIS.highMarginMix(Map.of(PortfolioRole.VOLUME, cny("40")), Rate.of("0.1"));
    assertEquals(Rate.ZERO, none.share());
    assertFalse(none.meetsRequirement());
    assertEquals("Argument 'salesByRole' must not be empty but has value {}", assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMix(Map.<PortfolioRole, Money>of(), Rate.ZERO)).getMessage());
    assertEquals("Argument 'salesByRole[IMAGE]' must not be negative but has value CNY -1",
        assertThrows(IllegalArgumentException.class, () -> KPIS.highMarginMix(Map.of(PortfolioRole.IMAGE, cny("-1")),
            Rate.ZERO)).getMessage());
    assertEquals("Argument 'salesByRole' must have positive total sales but has value CNY 0",
        assertThrows(IllegalArgumentException.class, () -> KPIS.highMarginMix(Map.of(PortfolioRole.PROFIT, cny("0")),
            Rate.ZERO)).getMessage());
    assertEquals("Argument 'amounts[1]' must be in currency CNY but is in USD (value USD 1)",
        assertThrows(IllegalArgumentException.class, () -> KPIS.highMarginMix(
            new java.util.TreeMap<>(Map.of(PortfolioRole.PROFIT, cny("1"), PortfolioRole.IMAGE, Money.of(1, "USD"))),
            Rate.ZERO)).getMessage());
    assertThrows(NullPointerException.class, () -> KPIS.highMarginMix((Map<PortfolioRole, Money>) null, Rate.ZERO));
  }

  @Test
  void highMarginMix_rejectsBadInput() {
    IllegalArgumentException more = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMix(cny("101"), cny("100"), Rate.of("0.25")));
    assertEquals("Argument 'profitProductSales' must not exceed totalSales CNY 100 but has value CNY 101",
        more.getMessage());
    IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMix(cny("10"), cny("100"), Rate.of("1.01")));
    assertEquals("Argument 'required' must be between 0% and 100% but has value 101.0%", rate.getMessage());
    IllegalArgumentException negRate = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMix(cny("10"), cny("100"), Rate.of("-0.01")));
    assertEquals("Argument 'required' must be between 0% and 100% but has value -1.0%", negRate.getMessage());
    IllegalArgumentException usd = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMix(Money.of(1, "USD"), cny("100"), Rate.of("0.1")));
    assertTrue(usd.getMessage().contains("USD") && usd.getMessage().contains("CNY"), usd.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> KPIS.highMarginMix(cny("1"), cny("100"), null));
    assertEquals("Argument 'required' must not be null", npe.getMessage());
  }

  @Test
  void monthsBeyondTheDecimalBound_orTooMany_areRejected_beforeAnySum() {
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> KPIS.monthlyAverage(List.of(BigDecimal.ONE, new BigDecimal("1E+999999999"))));
    assertTrue(huge.getMessage().startsWith("Argument 'monthlySales[1]' must "), huge.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KPIS.activeMonths(List.of(new BigDecimal("1E+999999999"))));
    List<BigDecimal> tooMany = java.util.Collections.nCopies(SalesKpis.MAX_MONTHS + 1, BigDecimal.ONE);
    IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> KPIS.monthlyAverage(tooMany));
    assertEquals("Argument 'monthlySales' must have at most 1200 months but has value 1201 months", many.getMessage());
    assertEquals(new BigDecimal("1.00"),
        KPIS.monthlyAverage(java.util.Collections.nCopies(SalesKpis.MAX_MONTHS, BigDecimal.ONE)));
  }
}
