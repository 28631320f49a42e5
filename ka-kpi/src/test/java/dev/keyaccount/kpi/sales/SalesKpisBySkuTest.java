package dev.keyaccount.kpi.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.product.Sku;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The profit-product mix from sales by SKU, grouped by each SKU's portfolio role. */
class SalesKpisBySkuTest {

  private static final SalesKpis KPIS = SalesKpis.DEFAULT;

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), "CNY");
  }

  private static Sku sku(String code, PortfolioRole role) {
    return Sku.builder().code(code).brand("Brand").pack("500ml bottle").caseSize(12)
        .listPricePerCase(cny("60")).costPerCase(cny("42")).role(role).build();
  }

  @Test
  void workedMix_groupsSkuSalesByRole() {
    Map<Sku, Money> sales = new LinkedHashMap<>();
    sales.put(sku("P1", PortfolioRole.PROFIT), cny("18000"));
    sales.put(sku("V1", PortfolioRole.VOLUME), cny("40000"));
    sales.put(sku("P2", PortfolioRole.PROFIT), cny("12000"));
    sales.put(sku("I1", PortfolioRole.IMAGE), cny("10000"));
    sales.put(sku("V2", PortfolioRole.VOLUME), cny("20000"));
    // PROFIT 18000 + 12000 = 30000 of 100000: 30%, 5 points above the 25% required.
    ProfitMix mix = KPIS.highMarginMixBySku(sales, Rate.of("0.25"));
    assertEquals(Rate.of("0.3"), mix.share());
    assertEquals(Rate.of("0.05"), mix.gap());
    assertTrue(mix.meetsRequirement());
    Map<PortfolioRole, Money> byRole = Map.of(PortfolioRole.PROFIT, cny("30000"), PortfolioRole.IMAGE, cny("10000"),
        PortfolioRole.VOLUME, cny("60000"));
    assertEquals(KPIS.highMarginMix(byRole, Rate.of("0.25")), mix);
  }

  @Test
  void withoutProfitProducts_theShareIsZero() {
    ProfitMix mix = KPIS.highMarginMixBySku(Map.of(sku("V1", PortfolioRole.VOLUME), cny("50")), Rate.of("0.1"));
    assertEquals(Rate.ZERO, mix.share());
  }

  @Test
  void emptySales_areRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMixBySku(Map.<Sku, Money>of(), Rate.ZERO));
    assertEquals("Argument 'salesBySku' must not be empty but has value {}", e.getMessage());
  }

  @Test
  void negativeSales_areRejectedNamingTheSku() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMixBySku(Map.of(sku("I1", PortfolioRole.IMAGE), cny("-1")), Rate.ZERO));
    assertEquals("Argument 'salesBySku[I1]' must not be negative but has value CNY -1", e.getMessage());
  }

  @Test
  void anotherCurrency_isRejectedNamingTheSkuAndBothCurrencies() {
    Map<Sku, Money> sales = new LinkedHashMap<>();
    sales.put(sku("P1", PortfolioRole.PROFIT), cny("1"));
    sales.put(sku("P2", PortfolioRole.PROFIT), Money.of(1, "USD"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMixBySku(sales, Rate.ZERO));
    assertEquals("Argument 'salesBySku[P2]' must be in currency CNY but is in USD (value USD 1)", e.getMessage());
  }

  @Test
  void zeroTotal_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KPIS.highMarginMixBySku(Map.of(sku("P1", PortfolioRole.PROFIT), cny("0")), Rate.ZERO));
    assertEquals("Argument 'salesByRole' must have positive total sales but has value CNY 0", e.getMessage());
  }

  @Test
  void nulls_areRejectedNamingThem() {
    assertEquals("Argument 'salesBySku' must not be null", assertThrows(NullPointerException.class,
        () -> KPIS.highMarginMixBySku(null, Rate.ZERO)).getMessage());
    Map<Sku, Money> nullValue = new LinkedHashMap<>();
    nullValue.put(sku("P1", PortfolioRole.PROFIT), null);
    assertEquals("Argument 'salesBySku value' must not be null", assertThrows(NullPointerException.class,
        () -> KPIS.highMarginMixBySku(nullValue, Rate.ZERO)).getMessage());
    assertEquals("Argument 'required' must not be null", assertThrows(NullPointerException.class,
        () -> KPIS.highMarginMixBySku(Map.of(sku("P1", PortfolioRole.PROFIT), cny("1")), null)).getMessage());
  }

  /** Any SKU sales give the mix of the role totals summed by hand. */
  @Test
  void property_sameMixAsGroupingByHand() {
    PortfolioRole[] roles = PortfolioRole.values();
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, roles.length - 1)).ofSize(12), integers().between(0, 100))
        .assuming((cents, roleIndexes, required) -> cents.stream().anyMatch(c -> c > 0))
        .checkAssert((cents, roleIndexes, required) -> {
          Map<Sku, Money> bySku = new LinkedHashMap<>();
          Map<PortfolioRole, Money> byRole = new EnumMap<>(PortfolioRole.class);
          for (int i = 0; i < cents.size(); i++) {
            PortfolioRole role = roles[roleIndexes.get(i)];
            Money amount = Money.of(BigDecimal.valueOf(cents.get(i), 2), "CNY");
            bySku.put(sku("S" + i, role), amount);
            byRole.merge(role, amount, Money::add);
          }
          Rate rate = Rate.of(BigDecimal.valueOf(required, 2));
          assertEquals(KPIS.highMarginMix(byRole, rate), KPIS.highMarginMixBySku(bySku, rate));
        });
  }
}
