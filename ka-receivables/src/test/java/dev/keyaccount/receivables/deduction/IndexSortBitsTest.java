package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexSort#bits} is how many bits a non-negative value needs, the figure the packed sorts add
 * up to decide whether date, amount and position fit one long: the bit length of the value.
 */
class IndexSortBitsTest {

  @Test
  void bits_isTheBitLengthOfTheValue() {
    assertEquals(0, IndexSort.bits(0));
    assertEquals(1, IndexSort.bits(1));
    assertEquals(2, IndexSort.bits(2));
    assertEquals(2, IndexSort.bits(3));
    assertEquals(63, IndexSort.bits(Long.MAX_VALUE));
    for (int shift = 0; shift < 63; shift++) {
      long power = 1L << shift;
      assertEquals(shift + 1, IndexSort.bits(power));
      assertEquals(shift, IndexSort.bits(power - 1));
      assertEquals(BigInteger.valueOf(power + power / 3).bitLength(), IndexSort.bits(power + power / 3));
    }
  }
}
