package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexTable} keeps the sizes its Javadoc states: it starts at a third more slots than the
 * expected keys (a power of two, at least 4), holds the expected keys without growing, and doubles
 * once more than three quarters of its slots are taken, keeping every key; and its hash spread starts
 * keys that differ only in their high bits, or that run in sequence, at different slots.
 */
class IndexTableCapacityTest {

  /** Keys are the elements themselves: element e has key e and the hash given by the test. */
  private static final IndexTable.SameKey SAME = (indexed, probe) -> indexed == probe;

  private static int powerOfTwoAtLeast(long n) {
    int p = 1;
    while (p < n) {
      p *= 2;
    }
    return p;
  }

  @Test
  void aSmallTable_startsAtAThirdMoreSlotsThanExpected_andDoublesPastThreeQuarters() {
    // Small and fast, so that PIT runs it before the matcher's tests, which loop on a table that never grows.
    assertEquals(4, new IndexTable(0).capacity());
    assertEquals(4, new IndexTable(3).capacity());
    assertEquals(8, new IndexTable(4).capacity());
    assertEquals(8, new IndexTable(6).capacity());
    assertEquals(16, new IndexTable(7).capacity());
    assertEquals(64, new IndexTable(48).capacity());
    assertEquals(128, new IndexTable(49).capacity());
    IndexTable table = new IndexTable(0);
    for (int e = 0; e < 3; e++) {
      assertEquals(-1, table.putIfAbsent(e, e, SAME));
    }
    assertEquals(4, table.capacity());
    assertEquals(-1, table.putIfAbsent(3, 3, SAME));
    assertEquals(8, table.capacity());
    for (int e = 4; e < 6; e++) {
      assertEquals(-1, table.putIfAbsent(e, e, SAME));
    }
    assertEquals(8, table.capacity());
    assertEquals(-1, table.putIfAbsent(6, 6, SAME));
    assertEquals(16, table.capacity());
    for (int e = 0; e < 7; e++) {
      assertEquals(e, table.find(e, e, SAME));
    }
    assertEquals(-1, table.find(7, 7, SAME));
  }

  @Test
  void startsAtAThirdMoreSlotsThanExpected_roundedUpToAPowerOfTwo() {
    for (int expected = 0; expected <= 3_000; expected++) {
      long wanted = Math.max(4, expected + expected / 3);
      assertEquals(powerOfTwoAtLeast(wanted), new IndexTable(expected).capacity(), "expected " + expected);
    }
    for (int expected : new int[] {6_144, 6_145, 12_288, 100_000, 196_608}) {
      assertEquals(powerOfTwoAtLeast(expected + expected / 3), new IndexTable(expected).capacity());
    }
  }

  @Test
  void holdsTheExpectedKeysWithoutGrowing_andAtMostTwiceTheSlotsNeeded() {
    for (int expected = 0; expected <= 600; expected++) {
      IndexTable table = new IndexTable(expected);
      int capacity = table.capacity();
      for (int e = 0; e < expected; e++) {
        assertEquals(-1, table.putIfAbsent(e, e * 7919, SAME));
      }
      assertEquals(capacity, table.capacity(), "expected " + expected);
      assertTrue(capacity < 2 * Math.max(4, expected + expected / 3), "expected " + expected);
    }
  }

  @Test
  void doublesOnlyOnceMoreThanThreeQuartersOfItsSlotsAreTaken_andKeepsEveryKey() {
    IndexTable table = new IndexTable(0);
    int e = 0;
    for (int capacity = 4; capacity <= 1 << 14; capacity *= 2) {
      assertEquals(capacity, table.capacity());
      while (e < capacity * 3 / 4) {
        assertEquals(-1, table.putIfAbsent(e, e, SAME));
        e++;
      }
      assertEquals(capacity, table.capacity(), "three quarters full");
      assertEquals(-1, table.putIfAbsent(e, e, SAME));
      e++;
      assertEquals(2 * capacity, table.capacity(), "one more");
      for (int k = 0; k < e; k++) {
        assertEquals(k, table.find(k, k, SAME));
        assertEquals(k, table.putIfAbsent(k, k, SAME));
      }
      assertEquals(-1, table.find(e, e, SAME));
    }
  }

  /** How many of {@code slots} home slots the hashes {@code step * i} (i below slots) start at. */
  private static int homeSlots(int slots, int step) {
    BitSet used = new BitSet(slots);
    for (int i = 0; i < slots; i++) {
      used.set(IndexTable.spread(i * step) & (slots - 1));
    }
    return used.cardinality();
  }

  @Test
  void spread_startsPatternedAndSequentialKeysAtMostlyDifferentSlots() {
    // A table of 1,024 slots and 1,024 keys: uniform hashing would use about 63% of the slots. Keys
    // whose hashes differ only above bit 16 are not spread (the shift brings 16 bits down).
    for (int step : new int[] {1, 2, 31, 64, 1 << 10, 1 << 12, 1 << 16}) {
      int used = homeSlots(1 << 10, step);
      assertTrue(used >= 1 << 9, "step " + step + ": " + used + " home slots of 1024");
    }
  }
}
