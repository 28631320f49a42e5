package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Whether two interned forms are near depends on the two forms only, not on the forms interned next to
 * them in the table: the same digits in as many numbers split at other places are two documents, and a
 * slip of one digit is near, whatever follows each form.
 */
class NearFormsNeighboursTest {

  @Test
  void theSameDigitsSplitElsewhere_areNotNear_whateverIsInternedAfterEach() {
    for (String[] after : new String[][] {{"XYZ", "ABC"}, {"ABC", "XYZ"}, {"7", "PRM-9"}, {"PRM", "PRM"}}) {
      ReferenceTable table = new ReferenceTable(8);
      int a = table.intern("PRM-2026-1-10");
      table.intern(after[0]);
      int b = table.intern("PRM-2026-11-0");
      table.intern(after[1]);
      assertFalse(table.within(a, b, 2), String.join(" ", after));
      assertFalse(table.within(b, a, 2), String.join(" ", after));
      // One digit slipped: near, with the same neighbours.
      int c = table.intern("PRM-2026-1-19");
      table.intern(after[0] + "Q");
      assertTrue(table.within(a, c, 1), String.join(" ", after));
    }
  }
}
