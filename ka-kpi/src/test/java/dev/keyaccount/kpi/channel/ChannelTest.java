package dev.keyaccount.kpi.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void weeksOfCover_flaggedOverTheLimit() {
    StockCover atLimit = ChannelStock.DEFAULT.cover(CustomerStock.of("A", 400, d("100")));
    assertEquals(0, d("4").compareTo(atLimit.weeksOfCover().orElseThrow()));
    assertFalse(atLimit.stuffed());
    StockCover over = ChannelStock.DEFAULT.cover(CustomerStock.of("B", 401, d("100")));
    assertEquals(0, d("4.01").compareTo(over.weeksOfCover().orElseThrow()));
    assertTrue(over.stuffed());
    StockCover months = ChannelStock.DEFAULT.cover(CustomerStock.of("C", 1300, d("100")));
    assertTrue(months.stuffed());
    assertEquals("C", months.stock().accountId());
    assertFalse(new ChannelStock(d("13")).cover(CustomerStock.of("C", 1300, d("100"))).stuffed());
  }

  @Test
  void stockWhereNothingSells_isStuffing_noStockIsNot() {
    StockCover dead = ChannelStock.DEFAULT.cover(CustomerStock.of("A", 10, BigDecimal.ZERO));
    assertEquals(Optional.empty(), dead.weeksOfCover());
    assertTrue(dead.stuffed());
    StockCover none = ChannelStock.DEFAULT.cover(CustomerStock.of("A", 0, BigDecimal.ZERO));
    assertFalse(none.stuffed());
    List<StockCover> both = ChannelStock.DEFAULT.cover(List.of(CustomerStock.of("X", 10, BigDecimal.ZERO),
        CustomerStock.of("Y", 1, BigDecimal.ONE)));
    assertEquals(2, both.size());
    assertTrue(both.get(0).stuffed());
    assertFalse(both.get(1).stuffed());
  }

  @Test
  void channelMix_againstPlan() {
    List<MixLine> lines = ChannelMix.DEFAULT.compare(
        Map.of("modern trade", d("60"), "traditional trade", d("30"), "export", d("10")),
        Map.of("modern trade", Rate.of("0.5"), "traditional trade", Rate.of("0.3"), "distributors", Rate.of("0.2")));
    assertEquals(4, lines.size());
    assertEquals("distributors", lines.get(0).key());
    assertEquals(Rate.ZERO, lines.get(0).actualShare());
    assertEquals(Rate.of("-0.2"), lines.get(0).deviation());
    assertEquals(0, BigDecimal.ZERO.compareTo(lines.get(0).actual()));
    assertEquals("export", lines.get(1).key());
    assertEquals(Rate.of("0.1"), lines.get(1).actualShare());
    assertEquals(Rate.ZERO, lines.get(1).plannedShare());
    assertEquals("modern trade", lines.get(2).key());
    assertEquals(Rate.of("0.6"), lines.get(2).actualShare());
    assertEquals(Rate.of("0.1"), lines.get(2).deviation());
    assertEquals(Rate.ZERO, lines.get(3).deviation());
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException plan = assertThrows(IllegalArgumentException.class,
        () -> ChannelMix.DEFAULT.compare(Map.of("a", d("1")), Map.of("a", Rate.of("0.9"))));
    assertEquals("Argument 'planned' must total 100% but has value 90.0% {a=90.0%}", plan.getMessage());
    IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
        () -> ChannelMix.DEFAULT.compare(Map.of("a", d("1")), Map.of("a", Rate.of("1.1"))));
    assertEquals("Argument 'planned[a]' must be between 0% and 100% but has value 110.0%", share.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> ChannelMix.DEFAULT.compare(Map.of("a", d("0")), Map.of("a", Rate.ONE)));
    assertEquals("Argument 'actual' must not total zero but has value {a=0}", zero.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ChannelMix.DEFAULT.compare(Map.of("a", d("-1")), Map.of("a", Rate.ONE)));
    assertEquals("Argument 'actual[a]' must not be negative but has value -1", negative.getMessage());
    IllegalArgumentException stock = assertThrows(IllegalArgumentException.class,
        () -> CustomerStock.of("A", -1, BigDecimal.ONE));
    assertEquals("Argument 'inventoryCases' must not be negative but has value -1", stock.getMessage());
    IllegalArgumentException limit = assertThrows(IllegalArgumentException.class, () -> new ChannelStock(d("0")));
    assertEquals("Argument 'limitWeeks' must be positive but has value 0", limit.getMessage());
  }

  @Test
  void aMixBeyondTheDecimalBound_orOfTooManyParts_isRejected() {
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> ChannelMix.DEFAULT.compare(Map.of("a", new BigDecimal("1E+999999999")), Map.of("a", Rate.ONE)));
    assertTrue(huge.getMessage().startsWith("Argument 'actual[a]' must "), huge.getMessage());
    Map<String, BigDecimal> many = new java.util.HashMap<>();
    for (int i = 0; i <= ChannelMix.MAX_PARTS; i++) {
      many.put("p" + i, BigDecimal.ONE);
    }
    IllegalArgumentException parts = assertThrows(IllegalArgumentException.class,
        () -> ChannelMix.DEFAULT.compare(many, Map.of("p0", Rate.ONE)));
    assertEquals("Argument 'actual' must have at most 10000 parts but has value 10001 parts", parts.getMessage());
  }
}
