package dev.keyaccount.kpi.evaluation;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.kpi.evaluation.Criterion.Direction;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An account scorecard (客户评估表): weighted criteria on the attractiveness and support axes.
 *
 * <p>{@link #standard()} is seed 003's table (DOMAIN.md §3); users build their own with other weights,
 * bands or extra criteria. The weights of each axis total exactly 100, so each axis total lies in
 * {@code [20, 100]}; criterion names are unique. The scorecard precomputes each criterion's band
 * boundaries and points when it is built, so that evaluating an account is a few comparisons per
 * criterion. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Scorecard STANDARD = buildStandard();

  Scorecard() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns seed 003's scorecard, exactly DOMAIN.md §3's table with half-open bands: annual sales in
   * CNY (weight 40, ≥ 500,000 outstanding, then 400,000 / 300,000 / 200,000), growth rate (40; 20% /
   * 15% / 10% / 5%), DSO days (20, lower is better; ≤ 30 / 40 / 50 / 60), display rate (40; 22% / 19% /
   * 16% / 13%), activity rate (25; 40% / 35% / 30% / 25%), SKUs listed (25; 20 / 17 / 14 / 11) and the
   * working relationship rated directly (10).
   *
   * @return the standard scorecard
   */
  public static Scorecard standard() {
    return STANDARD;
  }

  /**
   * The criteria, on both axes.
   *
   * @return the criteria, names unique
   */
  public abstract List<Criterion> criteria();

  /**
   * Returns the criterion of a name.
   *
   * @param name the criterion's name
   * @return the criterion
   * @throws IllegalArgumentException if the scorecard has no such criterion
   */
  public Criterion criterion(String name) {
    Args.notNull(name, "name");
    for (Criterion c : criteria()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException(Args.message("name", "name a criterion of the scorecard", "'" + name + "'"));
  }

  /**
   * Returns the criteria of one axis, in scorecard order.
   *
   * @param axis the axis
   * @return its criteria
   */
  public List<Criterion> criteria(Axis axis) {
    Args.notNull(axis, "axis");
    return criteria().stream().filter(c -> c.axis() == axis).collect(Collectors.toList());
  }

  /** The scoring tables, precomputed once per scorecard. */
  @Value.Derived
  @Value.Auxiliary
  Compiled compiled() {
    return new Compiled(criteria());
  }

  @Value.Check
  void check() {
    Args.notEmpty(criteria(), "criteria");
    Args.uniqueIds(criteria(), Criterion::name, "criteria");
    Map<Axis, BigDecimal> totals = new EnumMap<>(Axis.class);
    Map<Axis, StringJoiner> parts = new EnumMap<>(Axis.class);
    for (Axis axis : Axis.values()) {
      totals.put(axis, BigDecimal.ZERO);
      parts.put(axis, new StringJoiner(", ", "[", "]"));
    }
    for (Criterion c : criteria()) {
      totals.merge(c.axis(), c.weight(), BigDecimal::add);
      parts.get(c.axis()).add(c.name() + " " + c.weight().toPlainString());
    }
    for (Axis axis : Axis.values()) {
      BigDecimal total = totals.get(axis);
      if (total.compareTo(HUNDRED) != 0) {
        throw Args.invalid("criteria", "have weights totalling 100 on axis " + axis,
            total.toPlainString() + " " + parts.get(axis));
      }
    }
  }

  private static Scorecard buildStandard() {
    CurrencyUnit cny = Currencies.CNY;
    return builder()
        .addCriteria(Criterion.builder().name("annual sales").axis(Axis.ATTRACTIVENESS).weight(BigDecimal.valueOf(40))
            .measure(Measure.ANNUAL_SALES).direction(Direction.HIGHER_IS_BETTER).currency(cny)
            .addBands(higherIsBetter("500000", "400000", "300000", "200000")).build())
        .addCriteria(Criterion.banded("growth rate", Axis.ATTRACTIVENESS, 40, Measure.GROWTH_RATE,
            Direction.HIGHER_IS_BETTER, higherIsBetter("0.20", "0.15", "0.10", "0.05")))
        .addCriteria(Criterion.banded("payment terms", Axis.ATTRACTIVENESS, 20, Measure.DSO_DAYS,
            Direction.LOWER_IS_BETTER, lowerIsBetter("30", "40", "50", "60")))
        .addCriteria(Criterion.banded("display rate", Axis.SUPPORT, 40, Measure.DISPLAY_RATE,
            Direction.HIGHER_IS_BETTER, higherIsBetter("0.22", "0.19", "0.16", "0.13")))
        .addCriteria(Criterion.banded("activity rate", Axis.SUPPORT, 25, Measure.ACTIVITY_RATE,
            Direction.HIGHER_IS_BETTER, higherIsBetter("0.40", "0.35", "0.30", "0.25")))
        .addCriteria(Criterion.banded("product distribution", Axis.SUPPORT, 25, Measure.LISTED_SKUS,
            Direction.HIGHER_IS_BETTER, higherIsBetter("20", "17", "14", "11")))
        .addCriteria(Criterion.rated("working relationship", Axis.SUPPORT, 10, Measure.RELATIONSHIP))
        .build();
  }

  /** Half-open bands [t, next) for thresholds from outstanding down to below average. */
  private static Band[] higherIsBetter(String... thresholds) {
    return standardBands(false, thresholds);
  }

  /** Half-open bands (previous, t] for thresholds from outstanding up to below average. */
  private static Band[] lowerIsBetter(String... thresholds) {
    return standardBands(true, thresholds);
  }

  /** Five bands from four thresholds, each threshold belonging to the better band of the two it splits. */
  private static Band[] standardBands(boolean lowerIsBetter, String... thresholds) {
    Level[] levels = Level.values();
    Band[] bands = new Band[levels.length];
    BigDecimal better = null;
    for (int i = 0; i < levels.length; i++) {
      BigDecimal t = i < thresholds.length ? new BigDecimal(thresholds[i]) : null;
      Range<BigDecimal> range;
      if (lowerIsBetter) {
        range = better == null ? Range.atMost(t) : t == null ? Range.greaterThan(better) : Range.openClosed(better, t);
      } else {
        range = better == null ? Range.atLeast(t) : t == null ? Range.lessThan(better) : Range.closedOpen(t, better);
      }
      bands[i] = Band.of(levels[i], range);
      better = t;
    }
    return bands;
  }

  /** Builds a {@link Scorecard} from its criteria. */
  public static final class Builder extends ImmutableScorecard.Builder {}

  /**
   * The scorecard as flat arrays for the scoring loop: per criterion, the band boundaries in ascending
   * order and the points of each level in long units of {@code 10^-scale} points.
   */
  static final class Compiled {
    private static final Level[] LEVELS = Level.values();

    final Criterion[] criteria;
    final int[] codes;
    final String[] extraNames;
    final boolean[] support;
    final CurrencyUnit[] currencies;
    /** Per criterion, the level of each band from the lowest values up; null for rated criteria. */
    final Level[][] bandLevels;
    /** Per criterion, the boundaries between consecutive bands, ascending. */
    final BigDecimal[][] cuts;
    /** Per criterion, the nearest doubles of the boundaries. */
    final double[][] cutDoubles;
    /** Per criterion and boundary, whether the boundary value belongs to the band above it. */
    final boolean[][] cutGoesUp;
    final BigDecimal[] lowest;
    final boolean[] lowestClosed;
    final BigDecimal[] highest;
    final boolean[] highestClosed;
    final double[] lowestDouble;
    final double[] highestDouble;
    /** Per criterion and level ordinal, the points in units of 10^-scale. */
    final long[][] points;
    final int scale;
    final long half;

    Compiled(List<Criterion> list) {
      int n = list.size();
      criteria = list.toArray(new Criterion[0]);
      codes = new int[n];
      extraNames = new String[n];
      support = new boolean[n];
      currencies = new CurrencyUnit[n];
      bandLevels = new Level[n][];
      cuts = new BigDecimal[n][];
      cutGoesUp = new boolean[n][];
      cutDoubles = new double[n][];
      lowestDouble = new double[n];
      highestDouble = new double[n];
      lowest = new BigDecimal[n];
      lowestClosed = new boolean[n];
      highest = new BigDecimal[n];
      highestClosed = new boolean[n];
      points = new long[n][LEVELS.length];
      int maxScale = 0;
      for (Criterion c : criteria) {
        for (Level level : LEVELS) {
          maxScale = Math.max(maxScale, c.points(level).scale());
        }
      }
      scale = maxScale;
      half = BigDecimal.valueOf(50).movePointRight(scale).longValueExact();
      for (int i = 0; i < n; i++) {
        compile(i, criteria[i]);
      }
    }

    private void compile(int i, Criterion c) {
      codes[i] = c.measure().code();
      extraNames[i] = c.measure().name();
      support[i] = c.axis() == Axis.SUPPORT;
      currencies[i] = c.currency().orElse(null);
      for (Level level : LEVELS) {
        points[i][level.ordinal()] = c.points(level).movePointRight(scale).longValueExact();
      }
      if (c.direction() == Direction.RATED) {
        return;
      }
      List<Band> bands = c.bandsAscending();
      int k = bands.size();
      bandLevels[i] = new Level[k];
      cuts[i] = new BigDecimal[k - 1];
      cutGoesUp[i] = new boolean[k - 1];
      cutDoubles[i] = new double[k - 1];
      for (int b = 0; b < k; b++) {
        Range<BigDecimal> range = bands.get(b).range();
        bandLevels[i][b] = bands.get(b).level();
        if (b > 0) {
          cuts[i][b - 1] = range.lowerEndpoint();
          cutGoesUp[i][b - 1] = range.lowerBoundType() == BoundType.CLOSED;
          cutDoubles[i][b - 1] = range.lowerEndpoint().doubleValue();
        }
      }
      Range<BigDecimal> first = bands.get(0).range();
      Range<BigDecimal> last = bands.get(k - 1).range();
      if (first.hasLowerBound()) {
        lowest[i] = first.lowerEndpoint();
        lowestClosed[i] = first.lowerBoundType() == BoundType.CLOSED;
        lowestDouble[i] = lowest[i].doubleValue();
      }
      if (last.hasUpperBound()) {
        highest[i] = last.upperEndpoint();
        highestClosed[i] = last.upperBoundType() == BoundType.CLOSED;
        highestDouble[i] = highest[i].doubleValue();
      }
    }

    /**
     * Returns the level of a banded criterion's value, or null if the value lies outside all bands.
     *
     * <p>Compares the value's nearest double with each boundary's first: rounding to the nearest double
     * is monotone, so doubles that differ order the decimals the same way, and only a tie needs the
     * exact decimal comparison.
     */
    Level levelOf(int i, double value, AccountFacts facts) {
      BigDecimal low = lowest[i];
      if (low != null) {
        double d = lowestDouble[i];
        if (value < d || value == d && belowOrAt(i, facts, low, !lowestClosed[i])) {
          return null;
        }
      }
      BigDecimal high = highest[i];
      if (high != null) {
        double d = highestDouble[i];
        if (value > d || value == d && !belowOrAt(i, facts, high, highestClosed[i])) {
          return null;
        }
      }
      double[] bounds = cutDoubles[i];
      for (int b = 0; b < bounds.length; b++) {
        double d = bounds[b];
        if (value < d || value == d && belowOrAt(i, facts, cuts[i][b], !cutGoesUp[i][b])) {
          return bandLevels[i][b];
        }
      }
      return bandLevels[i][bounds.length];
    }

    /** Whether the exact value lies below a bound, or at it when {@code atCounts}. */
    private boolean belowOrAt(int i, AccountFacts facts, BigDecimal bound, boolean atCounts) {
      int c = valueOf(i, facts).compareTo(bound);
      return c < 0 || c == 0 && atCounts;
    }

    /** Returns the nearest double of a banded criterion's value, checking the currency of sales. */
    double doubleOf(int i, AccountFacts facts) {
      switch (codes[i]) {
        case Measure.SALES:
          checkCurrency(i, facts);
          return facts.salesDouble();
        case Measure.GROWTH:
          return facts.growthDouble();
        case Measure.DSO:
          return facts.dsoDays();
        case Measure.DISPLAY:
          return facts.displayDouble();
        case Measure.ACTIVITY:
          return facts.activityDouble();
        case Measure.SKUS:
          return facts.listedSkus();
        default:
          return valueOf(i, facts).doubleValue();
      }
    }

    private void checkCurrency(int i, AccountFacts facts) {
      MonetaryAmount sales = facts.annualSales();
      if (sales.getCurrency() != currencies[i] && !sales.getCurrency().equals(currencies[i])) {
        Args.sameCurrency(sales, currencies[i], "annualSales");
      }
    }

    /** Returns the measured value of a banded criterion, failing with the criterion's name if missing. */
    BigDecimal valueOf(int i, AccountFacts facts) {
      switch (codes[i]) {
        case Measure.SALES:
          return facts.salesValue();
        case Measure.GROWTH:
          return facts.growthRate().fraction();
        case Measure.DSO:
          return facts.dsoValue();
        case Measure.DISPLAY:
          return facts.displayRate().fraction();
        case Measure.ACTIVITY:
          return facts.activityRate().fraction();
        case Measure.SKUS:
          return facts.skusValue();
        default:
          BigDecimal value = facts.measures().get(extraNames[i]);
          if (value == null) {
            throw missing(i, facts, facts.measures().keySet());
          }
          return value;
      }
    }

    /** Returns the level of a directly rated criterion, failing with the criterion's name if missing. */
    Level ratingOf(int i, AccountFacts facts) {
      if (codes[i] == Measure.RELATIONSHIP_CODE) {
        return facts.relationship();
      }
      Level level = facts.ratings().get(extraNames[i]);
      if (level == null) {
        throw missing(i, facts, facts.ratings().keySet());
      }
      return level;
    }

    private IllegalArgumentException missing(int i, AccountFacts facts, Set<String> present) {
      return new MissingFactException(Args.message("facts",
          "have the measure '" + extraNames[i] + "' for criterion '" + criteria[i].name() + "'",
          "account '" + facts.accountId() + "' with " + present));
    }

    /** Scores an account; levels are filled in per criterion. */
    Evaluation evaluate(Scorecard scorecard, AccountFacts facts) {
      int n = codes.length;
      byte[] levels = new byte[n];
      long attractiveness = 0;
      long supportPoints = 0;
      for (int i = 0; i < n; i++) {
        Level level;
        if (bandLevels[i] == null) {
          level = ratingOf(i, facts);
        } else {
          level = levelOf(i, doubleOf(i, facts), facts);
          if (level == null) {
            throw new IllegalArgumentException(Args.message(extraNames[i],
                "lie within the bands of criterion '" + criteria[i].name() + "'",
                valueOf(i, facts).toPlainString() + " (account '" + facts.accountId() + "')"));
          }
        }
        int ordinal = level.ordinal();
        levels[i] = (byte) ordinal;
        if (support[i]) {
          supportPoints += points[i][ordinal];
        } else {
          attractiveness += points[i][ordinal];
        }
      }
      AccountQuadrant quadrant = AccountQuadrant.of(attractiveness >= half, supportPoints >= half);
      return new Evaluation(scorecard, facts, levels, attractiveness, supportPoints, scale, quadrant);
    }
  }

  /** A fact a criterion needs is absent from an account's facts; a portfolio reports it as a missing value. */
  static final class MissingFactException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingFactException(String message) {
      super(message);
    }
  }
}
