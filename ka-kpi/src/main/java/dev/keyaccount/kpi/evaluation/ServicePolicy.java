package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How to serve an account (对策): visit intensity, promotion stance, relationship action and exit stance.
 * {@link #standard(AccountQuadrant)} gives DOMAIN.md §3's policy per quadrant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServicePolicy {

  /** How often and how well to visit the account (拜访). */
  public enum VisitIntensity {
    /** High-quality visits (高质量拜访): stars and question marks. */
    HIGH_QUALITY,
    /** Moderate visits (适度拜访): cash cows. */
    MODERATE,
    /** Minimum visits (最低限度拜访): dogs. */
    MINIMUM
  }

  /** How to promote at the account (促销). */
  public enum PromotionStance {
    /** High-frequency promotion (高频率促销): stars. */
    HIGH_FREQUENCY,
    /** Strong promotions (强力促销): question marks. */
    STRONG,
    /** Try promotions, withdraw them if they fail (尝试促销): cash cows. */
    TRIAL,
    /** No promotion push, only what keeps a presence: dogs. */
    MINIMAL
  }

  /** What to do with the working relationship (关系). */
  public enum RelationshipAction {
    /** Keep the good relationship (保持良好关系). */
    KEEP,
    /** Improve the relationship (改善关系). */
    IMPROVE
  }

  /** Where we stand at the account, up to withdrawing (撤场). */
  public enum ExitStance {
    /** Defend our position (捍卫地位): stars. */
    DEFEND_POSITION,
    /** Raise our position and win support (提升地位): question marks. */
    RAISE_POSITION,
    /** Withdraw if the promotions fail (不行就撤): cash cows. */
    WITHDRAW_IF_PROMOTIONS_FAIL,
    /** Keep a presence, do not withdraw (留一口气,不要撤场): dogs. */
    KEEP_PRESENCE
  }

  private static final Map<AccountQuadrant, ServicePolicy> STANDARD = new EnumMap<>(AccountQuadrant.class);

  static {
    STANDARD.put(AccountQuadrant.STAR, of(VisitIntensity.HIGH_QUALITY, PromotionStance.HIGH_FREQUENCY,
        RelationshipAction.KEEP, ExitStance.DEFEND_POSITION));
    STANDARD.put(AccountQuadrant.QUESTION_MARK, of(VisitIntensity.HIGH_QUALITY, PromotionStance.STRONG,
        RelationshipAction.IMPROVE, ExitStance.RAISE_POSITION));
    STANDARD.put(AccountQuadrant.CASH_COW, of(VisitIntensity.MODERATE, PromotionStance.TRIAL,
        RelationshipAction.KEEP, ExitStance.WITHDRAW_IF_PROMOTIONS_FAIL));
    STANDARD.put(AccountQuadrant.DOG, of(VisitIntensity.MINIMUM, PromotionStance.MINIMAL,
        RelationshipAction.IMPROVE, ExitStance.KEEP_PRESENCE));
  }

  ServicePolicy() {}

  /**
   * Returns a policy.
   *
   * @param visits the visit intensity
   * @param promotions the promotion stance
   * @param relationship the relationship action
   * @param exit the exit stance
   * @return the policy
   * @throws NullPointerException if an argument is null
   */
  public static ServicePolicy of(VisitIntensity visits, PromotionStance promotions, RelationshipAction relationship,
      ExitStance exit) {
    return ImmutableServicePolicy.builder().visits(visits).promotions(promotions).relationship(relationship)
        .exit(exit).build();
  }

  /**
   * Returns DOMAIN.md §3's policy for a quadrant.
   *
   * @param quadrant the quadrant
   * @return the standard policy
   * @throws NullPointerException if the quadrant is null
   */
  public static ServicePolicy standard(AccountQuadrant quadrant) {
    return STANDARD.get(Args.notNull(quadrant, "quadrant"));
  }

  /**
   * The visit intensity.
   *
   * @return the intensity
   */
  public abstract VisitIntensity visits();

  /**
   * The promotion stance.
   *
   * @return the stance
   */
  public abstract PromotionStance promotions();

  /**
   * The relationship action.
   *
   * @return the action
   */
  public abstract RelationshipAction relationship();

  /**
   * The exit stance.
   *
   * @return the stance
   */
  public abstract ExitStance exit();
}
