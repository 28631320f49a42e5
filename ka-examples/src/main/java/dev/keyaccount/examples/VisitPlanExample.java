package dev.keyaccount.examples;

import static dev.keyaccount.kpi.evaluation.AccountQuadrant.CASH_COW;
import static dev.keyaccount.kpi.evaluation.AccountQuadrant.DOG;
import static dev.keyaccount.kpi.evaluation.AccountQuadrant.QUESTION_MARK;
import static dev.keyaccount.kpi.evaluation.AccountQuadrant.STAR;

import dev.keyaccount.kpi.route.Adherence;
import dev.keyaccount.kpi.route.Rep;
import dev.keyaccount.kpi.route.StoreAssignment;
import dev.keyaccount.kpi.route.VisitPlan;
import dev.keyaccount.kpi.route.VisitPlanner;
import dev.keyaccount.kpi.route.VisitRecord;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** Plans a rep's week of store visits from the stores' quadrants and measures the week's log against it. */
public final class VisitPlanExample {

  private VisitPlanExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Rep rep = Rep.of("Li", 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
    List<StoreAssignment> stores = List.of(
        StoreAssignment.of("S1", "Li", STAR),             // 3 visits a week
        StoreAssignment.of("S2", "Li", QUESTION_MARK),    // 2
        StoreAssignment.of("S3", "Li", CASH_COW),         // 1
        StoreAssignment.of("S4", "Li", DOG));             // 1
    VisitPlan plan = VisitPlanner.DEFAULT.plan(List.of(rep), stores);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
      System.out.println(day + " " + plan.stores("Li", day));
    }
    System.out.println(plan.shortfalls().get(0).storeId() + " misses " + plan.missingVisits() + " visit");

    Adherence week = VisitPlanner.DEFAULT.adherence(plan, List.of(
        VisitRecord.of("S1", DayOfWeek.MONDAY, true), VisitRecord.of("S2", DayOfWeek.TUESDAY, false),
        VisitRecord.of("S3", DayOfWeek.WEDNESDAY, true)));
    System.out.println("arrival " + week.arrivalRate().orElseThrow() + ", success " + week.successRate().orElseThrow());
  }
}
