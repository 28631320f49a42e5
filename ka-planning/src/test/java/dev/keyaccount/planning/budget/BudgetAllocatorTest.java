package dev.keyaccount.planning.budget;

import static dev.keyaccount.planning.Fixtures.cny;
import static dev.keyaccount.planning.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.account.RetailFormat;
import dev.keyaccount.core.account.Store;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class BudgetAllocatorTest {

  static List<StoreForecast> stores() {
    return List.of(
        StoreForecast.of("S1", cny(100_000), Rate.ofPercent(5)),
        StoreForecast.of("S2", cny(200_000), Rate.ofPercent(3)),
        StoreForecast.of("S3", cny(100_000), Rate.ofPercent(8)));
  }

  static BudgetRequest request(int expensePercent, long fixedFees) {
    return BudgetRequest.builder().stores(stores()).expenseRatio(Rate.ofPercent(expensePercent))
        .fixedFees(cny(fixedFees)).build();
  }

  private static List<String> order(BudgetAllocation a) {
    return a.stores().stream().map(s -> s.store().storeId()).collect(Collectors.toList());
  }

  private static List<MonetaryAmount> funded(BudgetAllocation a) {
    return a.stores().stream().map(StoreAllocation::funded).collect(Collectors.toList());
  }

  @Test
  void expenseFirst_feesThenLowestRatioFirst_lastStorePartlyFunded() {
    BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(request(6, 10_000));
    assertEquals(cny(24_000), a.budget());
    assertEquals(cny(10_000), a.fixedFeesReserved());
    assertEquals(List.of("S2", "S1", "S3"), order(a));
    assertEquals(List.of(cny(6_000), cny(5_000), cny(3_000)), funded(a));
    assertEquals(List.of(true, true, false),
        a.stores().stream().map(StoreAllocation::fullyFunded).collect(Collectors.toList()));
    assertEquals(cny(0), a.fixedInvestment());
    assertEquals(Optional.empty(), a.shortfall());
  }

  @Test
  void forecastsOfStores_areKeyedByTheStoresIds() {
    List<StoreForecast> fromStores = new ArrayList<>();
    String[][] stores = {{"S1", "100000", "5"}, {"S2", "200000", "3"}, {"S3", "100000", "8"}};
    for (String[] s : stores) {
      Store store = Store.builder().id(s[0]).name("Store " + s[0]).city("Shanghai").region("East")
          .format(RetailFormat.SUPERMARKET).build();
      fromStores.add(StoreForecast.builder().store(store).forecastSales(cny(Long.parseLong(s[1])))
          .inputOutputRatio(Rate.ofPercent(Integer.parseInt(s[2]))).build());
    }
    assertEquals(stores(), fromStores);
    BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(BudgetRequest.builder().stores(fromStores)
        .expenseRatio(Rate.ofPercent(6)).fixedFees(cny(10_000)).build());
    assertEquals(List.of("S2", "S1", "S3"), order(a));
    assertEquals(List.of(cny(6_000), cny(5_000), cny(3_000)), funded(a));
    NullPointerException none = assertThrows(NullPointerException.class, () -> StoreForecast.builder().store(null));
    assertEquals("Argument 'store' must not be null", none.getMessage());
  }

  @Test
  void expenseFirst_whatIsLeftBecomesFixedInvestment() {
    BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(request(10, 10_000));
    assertEquals(cny(40_000), a.budget());
    assertEquals(List.of(cny(6_000), cny(5_000), cny(8_000)), funded(a));
    assertEquals(cny(11_000), a.fixedInvestment());
  }

  @Test
  void budgetBelowFixedFees_isAShortfallWithTheAmount() {
    BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(request(6, 30_000));
    assertEquals(Optional.of(cny(6_000)), a.shortfall());
    assertEquals(cny(24_000), a.fixedFeesReserved());
    assertEquals(List.of(cny(0), cny(0), cny(0)), funded(a));
    assertEquals(cny(0), a.fixedInvestment());
    BudgetAllocation exact = BudgetAllocator.DEFAULT.allocate(request(6, 24_000));
    assertEquals(Optional.empty(), exact.shortfall());
  }

  @Test
  void budget_isRoundedDownToTheCent() {
    BudgetRequest r = BudgetRequest.builder().addStores(StoreForecast.of("S1", cny("0.33"), Rate.ZERO))
        .expenseRatio(Rate.ofPercent(50)).fixedFees(cny(0)).build();
    assertEquals(cny("0.16"), r.budget());
    assertEquals(cny("0.33"), r.totalSales());
  }

  @Test
  void explicitCap_overridesTheRatio() {
    StoreForecast capped = StoreForecast.builder().storeId("S1").forecastSales(cny(100_000))
        .inputOutputRatio(Rate.ofPercent(1)).cap(cny(100)).build();
    assertEquals(cny(100), capped.effectiveCap());
    assertEquals(cny(5_000), stores().get(0).effectiveCap());
  }

  @Test
  void equalRatios_fundByStoreId() {
    BudgetRequest r = BudgetRequest.builder()
        .addStores(StoreForecast.of("B", cny(1_000), Rate.ofPercent(10)), StoreForecast.of("A", cny(1_000), Rate.ofPercent(10)))
        .expenseRatio(Rate.ofPercent(5)).fixedFees(cny(0)).build();
    BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(r);
    assertEquals(List.of("A", "B"), order(a));
    assertEquals(List.of(cny(100), cny(0)), funded(a));
  }

  @Test
  void property_partsSumExactlyAndLowerRatiosAreFundedFirst() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 2_000_000)).ofSizeBetween(1, 12),
        integers().between(0, 30), integers().between(0, 500_000))
        .checkAssert((sales, expensePercent, fees) -> {
          List<StoreForecast> stores = new ArrayList<>();
          for (int i = 0; i < sales.size(); i++) {
            stores.add(StoreForecast.of("S" + i, Monies.ofMinorUnits(sales.get(i), Currencies.CNY),
                Rate.ofPercent((sales.get(i) * 7L + i) % 40)));
          }
          BudgetRequest request = BudgetRequest.builder().stores(stores).expenseRatio(Rate.ofPercent(expensePercent))
              .fixedFees(Monies.ofMinorUnits(fees, Currencies.CNY)).build();
          BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(request);
          List<MonetaryAmount> parts = new ArrayList<>(funded(a));
          parts.add(a.fixedFeesReserved());
          parts.add(a.fixedInvestment());
          assertEquals(a.budget(), Monies.sum(parts));
          assertEquals(a.budget(), request.budget());
          boolean shortOfCap = false;
          for (int i = 0; i < a.stores().size(); i++) {
            StoreAllocation s = a.stores().get(i);
            assertFalse(s.funded().isNegative());
            assertFalse(s.funded().isGreaterThan(s.store().effectiveCap()));
            if (i > 0) {
              assertTrue(a.stores().get(i - 1).store().inputOutputRatio().compareTo(s.store().inputOutputRatio()) <= 0);
            }
            assertFalse(shortOfCap && s.funded().isPositive(), "a higher ratio was funded before a lower one's cap");
            shortOfCap |= !s.fullyFunded();
          }
          assertTrue(a.fixedInvestment().isZero() || !shortOfCap);
          assertEquals(a.shortfall().isPresent(), fees > Monies.toMinorUnits(a.budget()));
        });
  }

  @Test
  void determinism_shuffledStoresGiveTheSameAllocation() {
    List<StoreForecast> stores = new ArrayList<>(stores());
    BudgetAllocation expected = BudgetAllocator.DEFAULT.allocate(request(6, 10_000));
    Random random = new Random(11);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(stores, random);
      BudgetRequest shuffled = BudgetRequest.builder().stores(stores).expenseRatio(Rate.ofPercent(6))
          .fixedFees(cny(10_000)).build();
      assertEquals(expected, BudgetAllocator.DEFAULT.allocate(shuffled));
    }
  }

  @Test
  void rejects_expenseRatioAbove100Percent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request(101, 0));
    assertEquals("Argument 'expenseRatio' must be between 0% and 100% but has value 101.0%", e.getMessage());
  }

  @Test
  void rejects_duplicateStores() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().addStores(stores().get(0), stores().get(0)).expenseRatio(Rate.ZERO)
            .fixedFees(cny(0)).build());
    assertEquals("Argument 'stores[1]' must have a unique id but has value 'S1' (the id of stores[0])", e.getMessage());
  }

  @Test
  void rejects_mixedCurrencies() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().stores(stores()).expenseRatio(Rate.ZERO).fixedFees(usd(1)).build());
    assertTrue(e.getMessage().contains("'fixedFees'") && e.getMessage().contains("CNY") && e.getMessage().contains("USD"),
        e.getMessage());
    IllegalArgumentException store = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().addStores(stores().get(0), StoreForecast.of("U", usd(1), Rate.ZERO))
            .expenseRatio(Rate.ZERO).fixedFees(cny(0)).build());
    assertTrue(store.getMessage().contains("'stores[1].forecastSales'"), store.getMessage());
  }

  @Test
  void rejects_badStoreValues() {
    IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
        () -> StoreForecast.of("S", cny(1), Rate.ofPercent(-1)));
    assertEquals("Argument 'inputOutputRatio' must not be negative but has value -1.0%", ratio.getMessage());
    IllegalArgumentException sales = assertThrows(IllegalArgumentException.class,
        () -> StoreForecast.of("S", cny(-1), Rate.ZERO));
    assertEquals("Argument 'forecastSales' must not be negative but has value CNY -1", sales.getMessage());
    IllegalArgumentException cap = assertThrows(IllegalArgumentException.class,
        () -> StoreForecast.builder().storeId("S").forecastSales(cny(1)).inputOutputRatio(Rate.ZERO)
            .cap(cny("0.001")).build());
    assertEquals("Argument 'cap' must be a whole number of minor units but has value CNY 0.001", cap.getMessage());
    IllegalArgumentException fees = assertThrows(IllegalArgumentException.class, () -> request(5, -1));
    assertEquals("Argument 'fixedFees' must not be negative but has value CNY -1", fees.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().expenseRatio(Rate.ZERO).fixedFees(cny(0)).build());
    assertEquals("Argument 'stores' must not be empty but has value []", empty.getMessage());
  }

  @Test
  void rejects_aBudgetOrFeesBeyondTheMinorUnitsTheAllocationHolds() {
    // 10% of 10^20 is 10^19 CNY, 10^21 fen: more than a long holds (about 9.2 × 10^18).
    IllegalArgumentException budget = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().addStores(StoreForecast.of("S", cny("1E20"), Rate.ZERO))
            .expenseRatio(Rate.ofPercent(10)).fixedFees(cny(0)).build());
    assertEquals("Argument 'stores' must have forecast sales whose sum × expenseRatio (the budget) is at most"
        + " CNY 92233720368547758.07 (the most minor units the allocation holds) but has value CNY 10000000000000000000",
        budget.getMessage());
    IllegalArgumentException fees = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().stores(stores()).expenseRatio(Rate.ZERO)
            .fixedFees(cny("92233720368547758.08")).build());
    assertEquals("Argument 'fixedFees' must be at most CNY 92233720368547758.07 (the most minor units the allocation"
        + " holds) but has value CNY 92233720368547758.08", fees.getMessage());
    // Stores whose forecasts add up beyond the decimal bound: named as the stores too, not as a sum.
    IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().addStores(StoreForecast.of("A", cny("9E33"), Rate.ZERO),
            StoreForecast.of("B", cny("9E33"), Rate.ZERO)).expenseRatio(Rate.ofPercent(1)).fixedFees(cny(0)).build());
    assertTrue(sum.getMessage().startsWith("Argument 'stores' must"), sum.getMessage());
  }

  @Test
  void theMostTheAllocationHolds_isAllocatedExactly_andACapBeyondItTakesWhatIsLeft() {
    BudgetAllocation a = BudgetAllocator.DEFAULT.allocate(BudgetRequest.builder()
        .addStores(StoreForecast.builder().storeId("S").forecastSales(cny("92233720368547758.07"))
            .inputOutputRatio(Rate.ZERO).cap(cny("1E30")).build())
        .expenseRatio(Rate.ofPercent(100)).fixedFees(cny(7)).build());
    assertEquals(cny("92233720368547758.07"), a.budget());
    assertEquals(cny("92233720368547751.07"), a.stores().get(0).funded());
    assertEquals(cny(0), a.fixedInvestment());
  }

  @Test
  void rejects_subCentFeesAndForeignCap() {
    IllegalArgumentException fees = assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().stores(stores()).expenseRatio(Rate.ZERO).fixedFees(cny("0.001")).build());
    assertEquals("Argument 'fixedFees' must be a whole number of minor units but has value CNY 0.001", fees.getMessage());
    IllegalArgumentException cap = assertThrows(IllegalArgumentException.class,
        () -> StoreForecast.builder().storeId("S").forecastSales(cny(1)).inputOutputRatio(Rate.ZERO).cap(usd(1)).build());
    assertTrue(cap.getMessage().contains("'cap'") && cap.getMessage().contains("USD"), cap.getMessage());
  }
}
