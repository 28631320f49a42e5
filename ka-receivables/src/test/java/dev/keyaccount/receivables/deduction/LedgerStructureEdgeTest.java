package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ledger's storage at its edges: consumptions inserted before every earlier one or on the same
 * day, an authorization consumed by more deductions in one run than the update's first buffer holds,
 * and a removal layered over a larger older layer.
 */
class LedgerStructureEdgeTest {

  private static List<String> consumptions(UseLine use) {
    List<String> out = new ArrayList<>();
    for (Consumption c : use.toUse(Currencies.CNY).consumptions()) {
      out.add(c.deductionId() + " " + c.date() + " " + c.amount().getNumber());
    }
    return out;
  }

  @Test
  void aUse_keepsItsConsumptionsInDateThenIdOrder() {
    int day = (int) LocalDate.of(2025, 3, 10).toEpochDay();
    UseLine use = UseLine.unused("A1", 10_000).plus(new String[] {"D5"}, new long[] {100}, new int[] {day}, 1);
    // Earlier than every consumption so far: it goes first.
    UseLine earlier = use.plus(new String[] {"D9"}, new long[] {200}, new int[] {day - 1}, 1);
    assertEquals(List.of("D9 2025-03-09 2", "D5 2025-03-10 1"), consumptions(earlier));
    // The same day: by id, a larger id after, a smaller one before.
    UseLine sameDay = use.plus(new String[] {"D7", "D3"}, new long[] {300, 400}, new int[] {day, day}, 2);
    assertEquals(List.of("D3 2025-03-10 4", "D5 2025-03-10 1", "D7 2025-03-10 3"), consumptions(sameDay));
    assertEquals(800, sameDay.consumed);
  }

  @Test
  void anAuthorizationConsumedSixTimesInOneRun_recordsEveryConsumption() {
    List<Deduction> deductions = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      deductions.add(Fixtures.ded("D" + i, "KA1", "promotion", "PRM-1", Fixtures.cny(i + "0.00"), Fixtures.JAN_31));
    }
    MatchingResult result = Fixtures.MATCHER.match(deductions,
        List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "1000.00", Fixtures.JAN_31)));
    AuthorizationUse use = result.ledger().authorizationUse("A1").orElseThrow();
    assertEquals(List.of("D1", "D2", "D3", "D4", "D5", "D6"),
        use.consumptions().stream().map(Consumption::deductionId).toList());
    assertEquals(Fixtures.cny("210.00"), use.consumptions().stream().map(Consumption::amount)
        .reduce(org.javamoney.moneta.Money::add).orElseThrow());
  }

  @Test
  void aRemovalOverALargerOlderLayer_hidesTheKey() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      first.put("K" + i, i);
    }
    LayeredMap<String, Integer> map = LayeredMap.<String, Integer>empty().plus(first);
    Map<String, Integer> removal = new HashMap<>();
    removal.put("K3", null);
    LayeredMap<String, Integer> removed = map.plus(removal);
    assertNull(removed.get("K3"));
    assertEquals(9, removed.size());
    assertEquals(Integer.valueOf(4), removed.get("K4"));
    Map<String, Integer> seen = new HashMap<>();
    removed.forEach(seen::put);
    Map<String, Integer> expected = new HashMap<>(first);
    expected.remove("K3");
    assertEquals(expected, seen);
    // The older version is unchanged.
    assertEquals(Integer.valueOf(3), map.get("K3"));
  }

  @Test
  void aUseBuiltOutOfOrder_holdsItsConsumptionsByDateThenId() {
    LocalDate day = LocalDate.of(2025, 3, 10);
    AuthorizationUse use = AuthorizationUse.builder().authorizationId("A1").amount(Monies.of(Fixtures.cny("100.00")))
        .addConsumptions(Consumption.of("D2", Fixtures.cny("10.00"), day.plusDays(1)),
            Consumption.of("D3", Fixtures.cny("20.00"), day), Consumption.of("D1", Fixtures.cny("30.00"), day))
        .build();
    assertEquals(List.of("D1", "D3", "D2"), use.consumptions().stream().map(Consumption::deductionId).toList());
    assertEquals(Monies.of(Fixtures.cny("60.00")), use.consumed());
  }
}
