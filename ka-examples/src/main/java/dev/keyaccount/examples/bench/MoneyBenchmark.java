package dev.keyaccount.examples.bench;

import dev.keyaccount.core.money.Allocation;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Money: summing 1,000,000 amounts and allocating an amount into 10,000 parts with ka-core's helpers,
 * side by side with plain {@link BigDecimal} and with {@code long} minor units.
 *
 * <p>Run: {@code java -cp ka-examples/target/ka-review.jar org.openjdk.jmh.Main MoneyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MoneyBenchmark {

  private static final int AMOUNTS = 1_000_000;
  private static final int PARTS = 10_000;

  private List<Money> monies;
  private BigDecimal[] decimals;
  private long[] minorUnits;
  private Money total;
  private List<BigDecimal> weights;
  private long[] longWeights;

  /** Builds the inputs once per trial, from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    monies = new ArrayList<>(AMOUNTS);
    decimals = new BigDecimal[AMOUNTS];
    minorUnits = new long[AMOUNTS];
    for (int i = 0; i < AMOUNTS; i++) {
      long fen = 1 + random.nextInt(10_000_000);
      minorUnits[i] = fen;
      decimals[i] = BigDecimal.valueOf(fen, 2);
      monies.add(Money.of(decimals[i], Currencies.CNY));
    }
    total = Money.of(new BigDecimal("1234567.89"), Currencies.CNY);
    weights = new ArrayList<>(PARTS);
    longWeights = new long[PARTS];
    for (int i = 0; i < PARTS; i++) {
      longWeights[i] = 1 + random.nextInt(1000);
      weights.add(BigDecimal.valueOf(longWeights[i]));
    }
  }

  /**
   * ka-core: {@code Monies.sum} over {@code Money} values.
   *
   * @return the sum
   */
  @Benchmark
  public Money sumLibrary() {
    return Monies.sum(monies, Currencies.CNY);
  }

  /**
   * Baseline: a loop of {@code BigDecimal.add}.
   *
   * @return the sum
   */
  @Benchmark
  public BigDecimal sumBigDecimal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal d : decimals) {
      sum = sum.add(d);
    }
    return sum;
  }

  /**
   * Floor: a loop over {@code long} minor units.
   *
   * @return the sum
   */
  @Benchmark
  public long sumLong() {
    long sum = 0;
    for (long fen : minorUnits) {
      sum += fen;
    }
    return sum;
  }

  /**
   * ka-core: {@code Allocation.allocate} into 10,000 parts.
   *
   * @return the parts
   */
  @Benchmark
  public List<Money> allocateLibrary() {
    return Allocation.allocate(total, weights);
  }

  /**
   * Baseline: largest remainder in plain {@code BigDecimal}.
   *
   * @return the parts
   */
  @Benchmark
  public BigDecimal[] allocateBigDecimal() {
    BigDecimal whole = total.getNumberStripped();
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      sum = sum.add(w);
    }
    BigDecimal[] parts = new BigDecimal[PARTS];
    BigDecimal[] remainders = new BigDecimal[PARTS];
    BigDecimal assigned = BigDecimal.ZERO;
    for (int i = 0; i < PARTS; i++) {
      BigDecimal exact = whole.multiply(weights.get(i));
      BigDecimal floor = exact.divide(sum, 2, RoundingMode.FLOOR);
      parts[i] = floor;
      remainders[i] = exact.subtract(floor.multiply(sum));
      assigned = assigned.add(floor);
    }
    int left = whole.subtract(assigned).movePointRight(2).intValueExact();
    Integer[] order = new Integer[PARTS];
    for (int i = 0; i < PARTS; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    BigDecimal cent = new BigDecimal("0.01");
    for (int k = 0; k < left; k++) {
      parts[order[k]] = parts[order[k]].add(cent);
    }
    return parts;
  }

  /**
   * Floor: largest remainder in {@code long} minor units.
   *
   * @return the parts
   */
  @Benchmark
  public long[] allocateLong() {
    long whole = 123_456_789L;
    long sum = 0;
    for (long w : longWeights) {
      sum += w;
    }
    long[] parts = new long[PARTS];
    long[] remainders = new long[PARTS];
    long assigned = 0;
    for (int i = 0; i < PARTS; i++) {
      long exact = whole * longWeights[i];
      parts[i] = exact / sum;
      remainders[i] = exact % sum;
      assigned += parts[i];
    }
    long left = whole - assigned;
    Integer[] order = new Integer[PARTS];
    for (int i = 0; i < PARTS; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
    for (int k = 0; k < left; k++) {
      parts[order[k]]++;
    }
    return parts;
  }
}
