package dev.keyaccount.kpi.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.account.RetailFormat;
import dev.keyaccount.core.account.Store;
import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class StoreExecutionTest {

  private static StoreAudit audit(String id, int display, int categoryDisplay, int activities, int categoryActivities,
      String... skus) {
    return StoreAudit.builder().storeId(id).displayPoints(display).categoryDisplayPoints(categoryDisplay)
        .activities(activities).categoryActivities(categoryActivities).addSkusOnShelf(skus).build();
  }

  private static AnnualAgreement agreement(int displayPoints, int activityPoints) {
    return AnnualAgreement.builder().accountId("A").year(Year.of(2026)).salesTarget(Money.of(1000000, "CNY"))
        .volumeTargetCases(10000).displayPoints(displayPoints).activityPoints(activityPoints).paymentTermDays(45)
        .creditLimit(Money.of(200000, "CNY")).build();
  }

  private static final List<StoreAudit> AUDITS = List.of(
      audit("S1", 3, 10, 2, 5, "A", "B", "C"),
      audit("S2", 1, 10, 0, 5, "A", "X"));

  @Test
  void ratesPointsAndScore() {
    ExecutionReport r = StoreExecution.DEFAULT.measure(AUDITS, Set.of("A", "B", "C", "D"), agreement(8, 4));
    assertEquals(2, r.stores());
    assertEquals(Rate.of("0.2"), r.displayRate());
    assertEquals(Rate.of("0.2"), r.activityRate());
    assertEquals(Map.of("A", Rate.ONE, "B", Rate.of("0.5"), "C", Rate.of("0.5"), "D", Rate.ZERO),
        r.distributionBySku());
    assertEquals(List.of("A", "B", "C", "D"), List.copyOf(r.distributionBySku().keySet()));
    assertEquals(Rate.of("0.5"), r.distributionRate());
    assertEquals(3, r.skuCount());
    assertEquals(4, r.displayPoints());
    assertEquals(2, r.activityPoints());
    assertEquals(Optional.of(Rate.of("0.5")), r.displayPointsAchievement());
    assertEquals(Optional.of(Rate.of("0.5")), r.activityPointsAchievement());
    // 30 x 0.2/0.22 + 20 x 0.2/0.4 + 30 x 0.5 + 20 x 3/20 = 27.2727.. + 10 + 15 + 3 = 55.27
    assertEquals(new BigDecimal("55.27"), r.score());
  }

  @Test
  void score_capsEachMeasureAtItsWeight() {
    List<StoreAudit> perfect = List.of(audit("S1", 5, 10, 5, 10, "A"));
    ExecutionStandard lenient = ExecutionStandard.builder().displayRateTarget(Rate.of("0.2")).displayRateWeight(25)
        .activityRateTarget(Rate.of("0.3")).activityRateWeight(25).distributionRateTarget(Rate.of("0.5"))
        .distributionRateWeight(25).skuCountTarget(1).skuCountWeight(25).build();
    assertEquals(new BigDecimal("100.00"), new StoreExecution(lenient).measure(perfect, Set.of("A")).score());
    ExecutionReport none = StoreExecution.DEFAULT.measure(List.of(audit("S1", 0, 10, 0, 10)), Set.of("A"));
    assertEquals(new BigDecimal("0.00"), none.score());
    assertEquals(Optional.empty(), none.displayPointsAchievement());
  }

  @Test
  void agreementWithoutCommitments_hasNoAchievement() {
    ExecutionReport r = StoreExecution.DEFAULT.measure(AUDITS, Set.of("A"), agreement(0, 0));
    assertEquals(Optional.empty(), r.displayPointsAchievement());
    assertEquals(Optional.empty(), r.activityPointsAchievement());
    ExecutionReport over = StoreExecution.DEFAULT.measure(AUDITS, Set.of("A"), agreement(2, 1));
    assertEquals(Optional.of(Rate.of("2")), over.displayPointsAchievement());
    assertEquals(Optional.of(Rate.of("2")), over.activityPointsAchievement());
  }

  private static Store store(String id, String name) {
    return Store.builder().id(id).name(name).city("Shanghai").region("East").format(RetailFormat.HYPERMARKET).build();
  }

  @Test
  void auditsOfStores_areKeyedByTheStoresIds() {
    Store gubei = store("S1", "Gubei");
    Store xujiahui = store("S2", "Xujiahui");
    StoreAudit first = StoreAudit.builder().store(gubei).displayPoints(3).categoryDisplayPoints(10).activities(2)
        .categoryActivities(5).addSkusOnShelf("A", "B", "C").build();
    StoreAudit second = StoreAudit.builder().store(xujiahui).displayPoints(1).categoryDisplayPoints(10).activities(0)
        .categoryActivities(5).addSkusOnShelf("A", "X").build();
    assertEquals(AUDITS, List.of(first, second));
    assertEquals(gubei.id(), first.storeId());
    ExecutionReport r = StoreExecution.DEFAULT.measure(List.of(first, second, first), Set.of("A", "B", "C", "D"));
    assertEquals(new BigDecimal("55.27"), StoreExecution.DEFAULT.measure(List.of(first, second),
        Set.of("A", "B", "C", "D"), agreement(8, 4)).score());
    assertEquals(2, r.stores());
    assertEquals(List.of(FailureItem.of("audits", 2, "S1", FailureReason.DUPLICATE_ID,
        "Argument 'audits[2]' must have a unique id but has value 'S1' (the id of audits[0])")), r.failures());
    NullPointerException none = assertThrows(NullPointerException.class, () -> StoreAudit.builder().store(null));
    assertEquals("Argument 'store' must not be null", none.getMessage());
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> StoreExecution.DEFAULT.measure(List.of(), Set.of("A")));
    assertEquals("Argument 'audits' must not be empty but has value []", empty.getMessage());
    IllegalArgumentException skus = assertThrows(IllegalArgumentException.class,
        () -> StoreExecution.DEFAULT.measure(AUDITS, Set.of()));
    assertEquals("Argument 'listedSkus' must not be empty but has value []", skus.getMessage());
    ExecutionReport twice = StoreExecution.DEFAULT.measure(java.util.Arrays.asList(AUDITS.get(0), null, AUDITS.get(1),
        AUDITS.get(0)), Set.of("A", "B"));
    ExecutionReport once = StoreExecution.DEFAULT.measure(AUDITS, Set.of("A", "B"));
    assertEquals(2, twice.stores());
    assertEquals(once.score(), twice.score());
    assertEquals(once.distributionRate(), twice.distributionRate());
    assertEquals(List.of(
        FailureItem.of("audits", 1, null, FailureReason.NULL_ITEM, "Argument 'audits[1]' must not be null but has value null"),
        FailureItem.of("audits", 3, "S1", FailureReason.DUPLICATE_ID,
            "Argument 'audits[3]' must have a unique id but has value 'S1' (the id of audits[0])")), twice.failures());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> StoreExecution.DEFAULT.measure(java.util.Arrays.asList((StoreAudit) null), Set.of("A")));
    assertEquals("Argument 'audits' must have at least one audit that can be measured but has value "
        + "Argument 'audits[0]' must not be null but has value null", none.getMessage());
    IllegalArgumentException noCategory = assertThrows(IllegalArgumentException.class,
        () -> StoreExecution.DEFAULT.measure(List.of(audit("S1", 0, 0, 0, 1)), Set.of("A")));
    assertEquals("Argument 'audits' must record category display points in some store but has value 0",
        noCategory.getMessage());
    IllegalArgumentException noActivities = assertThrows(IllegalArgumentException.class,
        () -> StoreExecution.DEFAULT.measure(List.of(audit("S1", 0, 1, 0, 0)), Set.of("A")));
    assertEquals("Argument 'audits' must record category activities in some store but has value 0",
        noActivities.getMessage());
    IllegalArgumentException ours = assertThrows(IllegalArgumentException.class, () -> audit("S1", 3, 2, 0, 0));
    assertEquals("Argument 'categoryDisplayPoints' must not be below our displayPoints 3 but has value 2",
        ours.getMessage());
    IllegalArgumentException act = assertThrows(IllegalArgumentException.class, () -> audit("S1", 0, 0, 2, 1));
    assertEquals("Argument 'categoryActivities' must not be below our activities 2 but has value 1",
        act.getMessage());
    IllegalArgumentException weights = assertThrows(IllegalArgumentException.class,
        () -> ExecutionStandard.builder().from(ExecutionStandard.standard()).skuCountWeight(10).build());
    assertEquals("Argument 'weights' must total 100 but has value 90", weights.getMessage());
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
        () -> ExecutionStandard.builder().from(ExecutionStandard.standard()).displayRateTarget(Rate.ZERO).build());
    assertEquals("Argument 'displayRateTarget' must be above 0% and at most 100% but has value 0.0%",
        target.getMessage());
    IllegalArgumentException distribution = assertThrows(IllegalArgumentException.class,
        () -> ExecutionStandard.builder().from(ExecutionStandard.standard()).distributionRateTarget(Rate.ZERO).build());
    assertEquals("Argument 'distributionRateTarget' must be above 0% and at most 100% but has value 0.0%",
        distribution.getMessage());
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
        () -> ExecutionStandard.builder().from(ExecutionStandard.standard()).activityRateTarget(Rate.of("1.01"))
            .build());
    assertEquals("Argument 'activityRateTarget' must be above 0% and at most 100% but has value 101.0%",
        above.getMessage());
  }

  @Test
  void boundsKeepEveryTotalWithinAnInt() {
    // Two weights of Integer.MAX_VALUE and one of 102 add up to 100 in int arithmetic: each is checked first.
    IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
        () -> ExecutionStandard.builder().from(ExecutionStandard.standard()).displayRateWeight(Integer.MAX_VALUE)
            .activityRateWeight(Integer.MAX_VALUE).distributionRateWeight(102).skuCountWeight(0).build());
    assertEquals("Argument 'displayRateWeight' must be between 0 and 100 but has value 2147483647", weight.getMessage());
    IllegalArgumentException display = assertThrows(IllegalArgumentException.class,
        () -> audit("S1", 5, StoreAudit.MAX_COUNT + 1, 0, 1));
    assertEquals("Argument 'categoryDisplayPoints' must be at most 10000 but has value 10001", display.getMessage());
    IllegalArgumentException activities = assertThrows(IllegalArgumentException.class,
        () -> audit("S1", 0, 1, Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals("Argument 'categoryActivities' must be at most 10000 but has value 2147483647",
        activities.getMessage());
    // At the bounds: the most audits, each with the most points, add up exactly.
    StoreAudit full = audit("S", StoreAudit.MAX_COUNT, StoreAudit.MAX_COUNT, StoreAudit.MAX_COUNT,
        StoreAudit.MAX_COUNT, "A");
    List<StoreAudit> most = java.util.stream.IntStream.range(0, StoreExecution.MAX_AUDITS)
        .mapToObj(i -> StoreAudit.builder().from(full).storeId("S" + i).build()).toList();
    ExecutionReport report = StoreExecution.DEFAULT.measure(most, Set.of("A"));
    assertEquals(StoreAudit.MAX_COUNT * StoreExecution.MAX_AUDITS, report.displayPoints());
    assertEquals(Rate.ONE, report.displayRate());
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> StoreExecution.DEFAULT.measure(java.util.Collections.nCopies(StoreExecution.MAX_AUDITS + 1, full),
            Set.of("A")));
    assertEquals("Argument 'audits' must have at most 200000 audits but has value 200001 audits", tooMany.getMessage());
  }
}
