package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.planning.leadtime.LeadTimeCheck;
import dev.keyaccount.planning.leadtime.LeadTimeReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The rolling three-month market plan (滚动三个月市场计划) of one account: monthly promotion plans prepared
 * three months ahead and rolled every month.
 *
 * <p>Made in month {@code M}, the plan is open for months {@code M+1..M+3}: promotions may be added
 * only to those months (by their start date). {@link #roll()} moves to {@code M+1}: it keeps every
 * promotion planned so far and opens month {@code M+4}. Rolling never drops a promotion. This class is
 * immutable and thread-safe: {@link #plan} and {@link #roll} return new plans.
 *
 * <pre>{@code
 * RollingPlan plan = RollingPlan.madeIn("CA", YearMonth.of(2026, 3)).plan(aprilPromotion);
 * plan.openMonths();          // [2026-04, 2026-05, 2026-06]
 * plan.roll().openMonths();   // [2026-05, 2026-06, 2026-07]
 * }</pre>
 */
@Value.Immutable
public abstract class RollingPlan {

  /** The months a plan looks ahead. */
  public static final int HORIZON_MONTHS = 3;

  RollingPlan() {}

  /**
   * An empty plan made in a month.
   *
   * @param accountId the account
   * @param madeIn the month {@code M} the plan is made in
   * @return a plan open for {@code M+1..M+3}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the account is blank
   */
  public static RollingPlan madeIn(String accountId, YearMonth madeIn) {
    return ImmutableRollingPlan.builder().accountId(accountId).madeIn(madeIn).build();
  }

  /**
   * The account planned for.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * The month {@code M} the plan is made in.
   *
   * @return the month
   */
  public abstract YearMonth madeIn();

  /**
   * Every promotion planned, past and open months, in the order planned.
   *
   * @return the promotions, ids unique
   */
  public abstract List<Promotion> promotions();

  /**
   * The months open for planning: {@code M+1..M+3}.
   *
   * @return three months in order
   */
  public List<YearMonth> openMonths() {
    List<YearMonth> months = new ArrayList<>(HORIZON_MONTHS);
    for (int i = 1; i <= HORIZON_MONTHS; i++) {
      months.add(madeIn().plusMonths(i));
    }
    return List.copyOf(months);
  }

  /**
   * The promotions starting in a month.
   *
   * @param month the month
   * @return its promotions, in the order planned
   * @throws NullPointerException if the month is null
   */
  public List<Promotion> promotionsIn(YearMonth month) {
    Args.notNull(month, "month");
    return promotions().stream().filter(p -> startMonth(p).equals(month)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Adds a promotion to the open month it starts in.
   *
   * @param promotion the promotion, of this account, starting in an open month
   * @return a new plan with the promotion
   * @throws NullPointerException if the promotion is null
   * @throws IllegalArgumentException if the promotion is of another account, starts outside the open
   *     months or repeats an id
   */
  public RollingPlan plan(Promotion promotion) {
    Args.notNull(promotion, "promotion");
    if (!openMonths().contains(startMonth(promotion))) {
      throw Args.invalid("promotion", "start in an open month " + openMonths(),
          promotion.id() + " starting " + promotion.period().getStart());
    }
    return ImmutableRollingPlan.builder().from(this).addPromotions(promotion).build();
  }

  /**
   * Rolls the plan forward one month: made in {@code M+1}, open for {@code M+2..M+4}, keeping every
   * promotion.
   *
   * @return the rolled plan
   */
  public RollingPlan roll() {
    return ImmutableRollingPlan.builder().from(this).madeIn(madeIn().plusMonths(1)).build();
  }

  /**
   * The lead time of every promotion planned, late ones flagged under the check's policy (seed 003
   * case 3: the rolling plan exists to move submission 45–60 days ahead).
   *
   * @param check the lead-time check, such as {@link LeadTimeCheck#DEFAULT} (45 days)
   * @return the report
   * @throws NullPointerException if the check is null
   */
  public LeadTimeReport leadTimes(LeadTimeCheck check) {
    return Args.notNull(check, "check").check(promotions());
  }

  private static YearMonth startMonth(Promotion promotion) {
    return YearMonth.from(promotion.period().getStart());
  }

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    for (Promotion p : promotions()) {
      if (!p.accountId().equals(accountId())) {
        throw Args.invalid("promotion", "be of account '" + accountId() + "'", p.id() + " of account '" + p.accountId() + "'");
      }
    }
    Args.uniqueIds(promotions(), Promotion::id, "promotions");
  }
}
