package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactSum} adds exactly whatever the values, and carries into its {@link BigInteger} only when
 * the long would overflow, as its Javadoc states: ordinary amounts, of either sign, never carry.
 */
class ExactSumTest {

  private static ExactSum sum(long... values) {
    ExactSum sum = new ExactSum();
    for (long v : values) {
      sum.add(v);
    }
    return sum;
  }

  private static BigInteger exact(long... values) {
    BigInteger total = BigInteger.ZERO;
    for (long v : values) {
      total = total.add(BigInteger.valueOf(v));
    }
    return total;
  }

  @Test
  void ordinaryAmountsOfEitherSign_neverCarry() {
    long[][] cases = {{0}, {0, 0}, {1, 2}, {5, -3}, {-5, 3}, {-1, -2}, {Long.MAX_VALUE, Long.MIN_VALUE},
        {Long.MAX_VALUE - 1, 1}, {Long.MIN_VALUE + 1, -1}, {Long.MAX_VALUE, -1, 1}, {-7, Long.MAX_VALUE}};
    for (long[] values : cases) {
      ExactSum sum = sum(values);
      assertEquals(BigInteger.ZERO, sum.carried(), java.util.Arrays.toString(values));
      assertEquals(exact(values), sum.value());
    }
    Random r = new Random(7);
    ExactSum sum = new ExactSum();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < 10_000; i++) {
      long v = r.nextInt(2_000_001) - 1_000_000L;
      sum.add(v);
      total = total.add(BigInteger.valueOf(v));
      assertEquals(BigInteger.ZERO, sum.carried());
    }
    assertEquals(total, sum.value());
  }

  @Test
  void valuesNearTheBound_addUpExactly_carryingOnlyOnOverflow() {
    long[][] cases = {{Long.MAX_VALUE, 1}, {Long.MIN_VALUE, -1}, {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE},
        {Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE}, {Long.MAX_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE, 5}};
    for (long[] values : cases) {
      assertEquals(exact(values), sum(values).value(), java.util.Arrays.toString(values));
    }
    ExactSum sum = sum(Long.MAX_VALUE, 1);
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE), sum.carried(), "the long overflowed once");
    Random r = new Random(11);
    for (int k = 0; k < 200; k++) {
      long[] values = new long[1 + r.nextInt(6)];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.nextBoolean() ? r.nextLong() : (r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE) - r.nextInt(3);
      }
      assertEquals(exact(values), sum(values).value(), java.util.Arrays.toString(values));
    }
  }
}
