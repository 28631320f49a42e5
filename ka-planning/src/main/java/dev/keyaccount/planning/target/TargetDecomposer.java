package dev.keyaccount.planning.target;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Allocation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.threeten.extra.YearQuarter;

/**
 * Target decomposition (目标分解): annual → quarter → month → account → store, exactly.
 *
 * <p>Every split uses ka-core's {@link Allocation} (largest remainder): money parts sum to the whole to
 * the minor unit and case parts, in whole cases, sum to the whole case count. Weights are seasonality
 * indices or last year's figures; only their proportions matter, so {@code 25, 35, 40} and
 * {@code 0.25, 0.35, 0.40} give the same split. Nothing is rounded away: a money whole with digits
 * below the minor unit is rejected. A unit left over after the proportional shares goes to the part
 * with the largest remainder; among equal remainders to the larger weight, then to the earlier period,
 * or, for keys of one type with a natural order (account and store ids, months), to the smaller key, so
 * that a split by keys does not depend on the map's iteration order ({@code 0.05} by {@code 1, 3, 6}:
 * {@code 0.00, 0.02, 0.03}). This class is stateless and thread-safe; use {@link #DEFAULT}.
 *
 * <pre>{@code
 * Map<YearMonth, Money> q2 = TargetDecomposer.DEFAULT.toMonths(
 *     Money.of(1_000_000, "CNY"), YearQuarter.of(2026, 2), List.of(25, 35, 40));
 * // 2026-04 = 250,000.00, 2026-05 = 350,000.00, 2026-06 = 400,000.00
 * }</pre>
 */
public final class TargetDecomposer {

  /** The shared instance. */
  public static final TargetDecomposer DEFAULT = new TargetDecomposer();

  private static final String WEIGHTS = "weights";

  private TargetDecomposer() {}

  /** The earliest year a target is split for. */
  public static final int MIN_YEAR = 1;
  /** The latest year a target is split for. */
  public static final int MAX_YEAR = 9_999;

  private static void checkYear(int year) {
    Args.check(year >= MIN_YEAR && year <= MAX_YEAR, "year", "be between " + MIN_YEAR + " and " + MAX_YEAR, year);
  }

  /**
   * Splits an annual target into the four quarters of a year.
   *
   * @param annual the annual target
   * @param year the year, from {@link #MIN_YEAR} to {@link #MAX_YEAR}
   * @param weights four weights, Q1 to Q4
   * @return the quarters in order, summing exactly to {@code annual}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not four weights, a weight is negative, all are zero,
   *     or the target has digits below the minor unit
   */
  public Map<YearQuarter, Money> toQuarters(MonetaryAmount annual, int year, List<? extends Number> weights) {
    checkYear(year);
    checkSize(weights, 4);
    List<YearQuarter> quarters = new ArrayList<>(4);
    for (int q = 1; q <= 4; q++) {
      quarters.add(YearQuarter.of(year, q));
    }
    return zip(quarters, Allocation.allocate(Args.notNull(annual, "annual"), weights));
  }

  /**
   * Splits a quarter's target into its three months.
   *
   * @param quarterTarget the quarter's target
   * @param quarter the quarter
   * @param weights three weights, first month to last
   * @return the months in order, summing exactly to {@code quarterTarget}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not three weights, a weight is negative, all are
   *     zero, or the target has digits below the minor unit
   */
  public Map<YearMonth, Money> toMonths(MonetaryAmount quarterTarget, YearQuarter quarter,
      List<? extends Number> weights) {
    Args.notNull(quarter, "quarter");
    checkSize(weights, 3);
    YearMonth first = YearMonth.from(quarter.atDay(1));
    List<YearMonth> months = List.of(first, first.plusMonths(1), first.plusMonths(2));
    return zip(months, Allocation.allocate(Args.notNull(quarterTarget, "quarterTarget"), weights));
  }

  /**
   * Splits an annual target into its twelve months (by seasonality or last year's monthly pattern).
   *
   * @param annual the annual target
   * @param year the year, from {@link #MIN_YEAR} to {@link #MAX_YEAR}
   * @param weights twelve weights, January to December
   * @return the months in order, summing exactly to {@code annual}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not twelve weights, a weight is negative, all are
   *     zero, or the target has digits below the minor unit
   */
  public Map<YearMonth, Money> toMonths(MonetaryAmount annual, int year, List<? extends Number> weights) {
    checkYear(year);
    checkSize(weights, 12);
    List<YearMonth> months = new ArrayList<>(12);
    for (int m = 1; m <= 12; m++) {
      months.add(YearMonth.of(year, m));
    }
    return zip(months, Allocation.allocate(Args.notNull(annual, "annual"), weights));
  }

  /**
   * Splits a target among keys (accounts, stores, regions) by weights, such as last year's sales.
   *
   * @param <K> the key type
   * @param target the target to split
   * @param weights the weight of each key; the result keeps this map's iteration order
   * @return one part per key, summing exactly to {@code target}
   * @throws NullPointerException if an argument, key or weight is null
   * @throws IllegalArgumentException if the weights are empty, negative or all zero, or the target has
   *     digits below the minor unit
   */
  public <K> Map<K, Money> split(MonetaryAmount target, Map<K, ? extends Number> weights) {
    Args.notNull(target, "target");
    List<K> keys = keys(weights);
    return inMapOrder(weights, zip(keys, Allocation.allocate(target, values(weights, keys))));
  }

  /**
   * Splits a volume target in whole cases (箱) among keys by weights.
   *
   * @param <K> the key type
   * @param targetCases the volume to split, in whole cases
   * @param weights the weight of each key; the result keeps this map's iteration order
   * @return one part per key, in whole cases, summing exactly to {@code targetCases}
   * @throws NullPointerException if the weights, a key or a weight is null
   * @throws IllegalArgumentException if the target is negative or the weights are empty, negative or
   *     all zero
   */
  public <K> Map<K, Long> splitCases(long targetCases, Map<K, ? extends Number> weights) {
    Args.notNegative(targetCases, "targetCases");
    List<K> keys = keys(weights);
    long[] parts = Allocation.allocateUnits(targetCases, values(weights, keys));
    Map<K, Long> result = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      result.put(keys.get(i), parts[i]);
    }
    return inMapOrder(weights, result);
  }

  /** The keys in allocation order: their natural order when they all have one, else the map's order. */
  private static <K> List<K> keys(Map<K, ? extends Number> weights) {
    Args.notEmpty(Args.notNull(weights, WEIGHTS).keySet(), WEIGHTS);
    List<K> keys = new ArrayList<>(weights.size());
    boolean comparable = true;
    Class<?> type = null;
    for (K key : weights.keySet()) {
      keys.add(Args.notNull(key, "weights key"));
      comparable &= key instanceof Comparable && (type == null || type == key.getClass());
      type = key.getClass();
    }
    if (comparable) {
      @SuppressWarnings("unchecked")
      List<Comparable<Object>> sortable = (List<Comparable<Object>>) keys;
      Collections.sort(sortable);
    }
    return keys;
  }

  private static <K, V> Map<K, V> inMapOrder(Map<K, ? extends Number> weights, Map<K, V> parts) {
    Map<K, V> result = new LinkedHashMap<>();
    for (K key : weights.keySet()) {
      result.put(key, parts.get(key));
    }
    return Collections.unmodifiableMap(result);
  }

  private static <K> List<Number> values(Map<K, ? extends Number> weights, List<K> keys) {
    List<Number> values = new ArrayList<>(keys.size());
    for (K key : keys) {
      Number weight = weights.get(key);
      if (weight == null) {
        Args.notNull(weight, "weights[" + key + "]");
      }
      values.add(weight);
    }
    return values;
  }

  private static void checkSize(List<? extends Number> weights, int size) {
    Args.notNull(weights, WEIGHTS);
    if (weights.size() != size) {
      throw Args.invalid(WEIGHTS, "have " + size + " elements", weights);
    }
  }

  private static <K> Map<K, Money> zip(List<K> keys, List<Money> parts) {
    Map<K, Money> result = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      result.put(keys.get(i), parts.get(i));
    }
    return Collections.unmodifiableMap(result);
  }
}
