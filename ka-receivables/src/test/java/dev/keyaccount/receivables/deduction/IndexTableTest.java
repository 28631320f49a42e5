package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The open-addressing index of ids and references: found again after growing far past its first size. */
class IndexTableTest {

  @Test
  void aTableSizedForOne_growsToHoldAThousand_withCollidingHashes() {
    // Sized for 1 element (4 slots), given 1,000 keys whose hashes take only 7 values: every key is
    // found again, and a repeated key answers the element first indexed under it.
    int[] keys = new int[1000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i;
    }
    IndexTable.SameKey same = (element, probe) -> keys[element] == keys[probe];
    IndexTable table = new IndexTable(1);
    for (int i = 0; i < keys.length; i++) {
      assertEquals(-1, table.putIfAbsent(i, i % 7, same));
    }
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, table.find(i, i % 7, same));
    }
    int[] again = {5, 5};
    IndexTable.SameKey sameAgain = (element, probe) -> again[element] == again[probe];
    IndexTable small = new IndexTable(1);
    assertEquals(-1, small.putIfAbsent(0, 5, sameAgain));
    assertEquals(0, small.putIfAbsent(1, 5, sameAgain));
    assertEquals(0, small.find(1, 5, sameAgain));
    assertEquals(-1, small.find(1, 6, sameAgain));
  }
}
