package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation of one account against a scorecard (客户评估结果): the level and points of each
 * criterion, the attractiveness and support totals, the {@link AccountQuadrant} and its
 * {@link ServicePolicy}.
 *
 * <p>Axis totals are exact sums of points; each lies in {@code [20, 100]} since every criterion scores
 * at least 20% of its weight. Two evaluations are equal when they rate the same facts with the same
 * scorecard. This class is immutable and thread-safe.
 */
public final class Evaluation {

  private static final Level[] LEVELS = Level.values();

  private final Scorecard scorecard;
  private final AccountFacts facts;
  private final byte[] levels;
  /** Axis totals in units of 10^-scale points, wrapped in a BigDecimal when asked for. */
  private final long attractiveness;
  private final long support;
  private final int scale;
  private final AccountQuadrant quadrant;
  /** Built on first use: the scoring loop only records levels. Racy but idempotent, like String.hash. */
  private List<CriterionScore> scores;

  Evaluation(Scorecard scorecard, AccountFacts facts, byte[] levels, long attractiveness, long support, int scale,
      AccountQuadrant quadrant) {
    this.scorecard = scorecard;
    this.facts = facts;
    this.levels = levels;
    this.attractiveness = attractiveness;
    this.support = support;
    this.scale = scale;
    this.quadrant = quadrant;
  }

  /**
   * The evaluated account's id.
   *
   * @return the account id of the facts
   */
  public String accountId() {
    return facts.accountId();
  }

  /**
   * The facts evaluated.
   *
   * @return the facts
   */
  public AccountFacts facts() {
    return facts;
  }

  /**
   * The scorecard used.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * The attractiveness total (吸引力): the points of the attractiveness criteria.
   *
   * @return the exact total
   */
  public BigDecimal attractiveness() {
    return BigDecimal.valueOf(attractiveness, scale);
  }

  /**
   * The support total (支持度): the points of the support criteria.
   *
   * @return the exact total
   */
  public BigDecimal support() {
    return BigDecimal.valueOf(support, scale);
  }

  /**
   * The total of one axis.
   *
   * @param axis the axis
   * @return {@link #attractiveness()} or {@link #support()}
   */
  public BigDecimal total(Axis axis) {
    return Args.notNull(axis, "axis") == Axis.SUPPORT ? support() : attractiveness();
  }

  /**
   * The quadrant of the account (KA分类), split at 50 points per axis, 50 counting as high.
   *
   * @return the quadrant
   */
  public AccountQuadrant quadrant() {
    return quadrant;
  }

  /**
   * The standard service policy (对策) of the account's quadrant.
   *
   * @return the policy
   */
  public ServicePolicy servicePolicy() {
    return quadrant.servicePolicy();
  }

  /**
   * The score of each criterion, in scorecard order.
   *
   * @return the criterion scores
   */
  public List<CriterionScore> scores() {
    List<CriterionScore> result = scores;
    if (result == null) {
      List<Criterion> criteria = scorecard.criteria();
      Scorecard.Compiled compiled = scorecard.compiled();
      List<CriterionScore> built = new ArrayList<>(criteria.size());
      for (int i = 0; i < criteria.size(); i++) {
        Criterion c = criteria.get(i);
        Level level = LEVELS[levels[i]];
        CriterionScore.Builder score = CriterionScore.builder().criterion(c).level(level).points(c.points(level));
        if (c.direction() != Criterion.Direction.RATED) {
          score.value(compiled.valueOf(i, facts));
          for (Band band : c.bands()) {
            if (band.level() == level) {
              score.band(band);
            }
          }
        }
        built.add(score.build());
      }
      result = List.copyOf(built);
      scores = result;
    }
    return result;
  }

  /**
   * The score of one criterion.
   *
   * @param criterion the criterion's name
   * @return its score
   * @throws IllegalArgumentException if the scorecard has no such criterion
   */
  public CriterionScore score(String criterion) {
    Args.notNull(criterion, "criterion");
    for (CriterionScore s : scores()) {
      if (s.criterion().name().equals(criterion)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        Args.message("criterion", "name a criterion of the scorecard", "'" + criterion + "'"));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Evaluation)) {
      return false;
    }
    Evaluation other = (Evaluation) obj;
    return Arrays.equals(levels, other.levels) && facts.equals(other.facts) && scorecard.equals(other.scorecard);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facts.accountId(), Arrays.hashCode(levels));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Evaluation{").append(accountId()).append(", ").append(quadrant)
        .append(", attractiveness ").append(attractiveness().toPlainString())
        .append(", support ").append(support().toPlainString()).append(", ");
    List<Criterion> criteria = scorecard.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      s.append(i == 0 ? "[" : ", ").append(criteria.get(i).name()).append('=').append(LEVELS[levels[i]]);
    }
    return s.append("]}").toString();
  }
}
