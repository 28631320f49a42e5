package dev.keyaccount.planning.plan;

import static dev.keyaccount.planning.Fixtures.cny;
import static dev.keyaccount.planning.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.planning.objective.Metric;
import dev.keyaccount.planning.objective.Objective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class CustomerPlanTest {

  private static final LocalDateRange YEAR_2027 = LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
  private static final Objective SALES = Objective.builder().metric(Metric.SALES_VOLUME).scope("customer A")
      .targetValue(new BigDecimal("4000000")).period(YEAR_2027).addActions("monthly DM slot").build();

  private static List<Commitment> commitments() {
    return List.of(
        Commitment.builder().party(Party.MANUFACTURER).description("trade investment").amount(cny(300_000)).build(),
        Commitment.builder().party(Party.MANUFACTURER).description("festival fees").amount(cny(20_000))
            .dueDate(LocalDate.of(2027, 1, 15)).build(),
        Commitment.of(Party.RETAILER, "30 display points in all stores"),
        Commitment.of(Party.RETAILER, "payment in 45 days"));
  }

  @Test
  void annualCustomerPlan_commitmentsOfEachSide() {
    AnnualCustomerPlan plan = AnnualCustomerPlan.builder().accountId("CA").year(2027).salesTarget(cny(4_000_000))
        .addObjectives(SALES).commitments(commitments()).build();
    assertEquals(2, plan.commitmentsOf(Party.MANUFACTURER).size());
    assertEquals(Optional.of(cny(320_000)), plan.investmentOf(Party.MANUFACTURER));
    assertEquals(Optional.empty(), plan.investmentOf(Party.RETAILER));
    assertEquals(List.of("30 display points in all stores", "payment in 45 days"),
        plan.commitmentsOf(Party.RETAILER).stream().map(Commitment::description).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void annualCustomerPlan_holdsASalesTargetGivenAsFastMoney_asMoney() {
    // A FastMoney target is normalised to Money: equal amounts, equal plans.
    AnnualCustomerPlan fast = AnnualCustomerPlan.builder().accountId("CA").year(2027)
        .salesTarget(FastMoney.of(4_000_000, "CNY")).build();
    assertTrue(fast.salesTarget() instanceof Money);
    assertEquals(AnnualCustomerPlan.builder().accountId("CA").year(2027).salesTarget(cny(4_000_000)).build(), fast);
  }

  @Test
  void jointBusinessPlan_sharedObjectivesAndBothSidesCommit() {
    JointBusinessPlan jbp = JointBusinessPlan.builder().accountId("CA").period(YEAR_2027).addSharedObjectives(SALES)
        .commitments(commitments()).build();
    assertEquals(Optional.of(cny(320_000)), jbp.investmentOf(Party.MANUFACTURER));
    assertEquals(2, jbp.commitmentsOf(Party.RETAILER).size());
  }

  @Test
  void rejects_jbpWithoutTheRetailersCommitment() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JointBusinessPlan.builder().accountId("CA").period(YEAR_2027).addSharedObjectives(SALES)
            .addCommitments(commitments().get(0)).build());
    assertTrue(e.getMessage().startsWith("Argument 'commitments' must include at least one commitment of the RETAILER"),
        e.getMessage());
  }

  @Test
  void rejects_jbpWithoutSharedObjectivesOrBoundedPeriod() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JointBusinessPlan.builder().accountId("CA").period(YEAR_2027).commitments(commitments()).build());
    assertEquals("Argument 'sharedObjectives' must not be empty but has value []", e.getMessage());
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
        () -> JointBusinessPlan.builder().accountId("CA").period(LocalDateRange.ofUnboundedEnd(LocalDate.of(2027, 1, 1)))
            .addSharedObjectives(SALES).commitments(commitments()).build());
    assertTrue(p.getMessage().startsWith("Argument 'period' must be a bounded, non-empty range"), p.getMessage());
  }

  @Test
  void rejects_badPlanValues() {
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
        () -> AnnualCustomerPlan.builder().accountId("CA").year(2027).salesTarget(cny(-1)).build());
    assertEquals("Argument 'salesTarget' must not be negative but has value CNY -1", target.getMessage());
    IllegalArgumentException amount = assertThrows(IllegalArgumentException.class,
        () -> Commitment.builder().party(Party.RETAILER).description("x").amount(cny(-5)).build());
    assertEquals("Argument 'amount' must not be negative but has value CNY -5", amount.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> Commitment.of(Party.RETAILER, ""));
    assertEquals("Argument 'description' must not be blank but has value ''", blank.getMessage());
    AnnualCustomerPlan mixed = AnnualCustomerPlan.builder().accountId("CA").year(2027).salesTarget(cny(1))
        .addCommitments(Commitment.builder().party(Party.MANUFACTURER).description("a").amount(cny(1)).build(),
            Commitment.builder().party(Party.MANUFACTURER).description("b").amount(usd(1)).build()).build();
    IllegalArgumentException cur = assertThrows(IllegalArgumentException.class, () -> mixed.investmentOf(Party.MANUFACTURER));
    assertTrue(cur.getMessage().contains("USD") && cur.getMessage().contains("CNY"), cur.getMessage());
  }
}
