package dev.keyaccount.kpi.route;

import static dev.keyaccount.kpi.evaluation.AccountQuadrant.CASH_COW;
import static dev.keyaccount.kpi.evaluation.AccountQuadrant.DOG;
import static dev.keyaccount.kpi.evaluation.AccountQuadrant.QUESTION_MARK;
import static dev.keyaccount.kpi.evaluation.AccountQuadrant.STAR;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class VisitPlannerTest {

  static final List<Rep> REPS = List.of(Rep.of("R2", 1, Set.of(FRIDAY, MONDAY)),
      Rep.of("R1", 2, Set.of(MONDAY, TUESDAY, WEDNESDAY)), Rep.of("R3", 3, Set.of(THURSDAY)));
  static final List<StoreAssignment> STORES = List.of(StoreAssignment.of("S4", "R1", DOG),
      StoreAssignment.of("S3", "R1", CASH_COW), StoreAssignment.of("S2", "R1", QUESTION_MARK),
      StoreAssignment.of("S1", "R1", STAR), StoreAssignment.of("S5", "R2", STAR), StoreAssignment.of("S6", "R3", STAR));

  static PlannedVisit v(String rep, DayOfWeek day, String store) {
    return PlannedVisit.of(rep, day, store);
  }

  @Test
  void workedExample_spreadOverDistinctDays_capacityRespected_shortfallsReported() {
    // R1: 2 a day Mon–Wed = 6 places for 3 + 2 + 1 + 1 = 7 visits. Priority S1 (3), S2 (2), S3 (1), S4 (1).
    // S1 → Mon, Tue, Wed (all empty, earliest first); S2 → Mon, Tue (all at 1, earliest); S3 → Wed (only
    // day with room); S4 → nothing left: short 1.
    // R2: 1 a day Mon, Fri; S5 (3) → Mon, Fri, then no room: short 1 (planned 2).
    // R3: 3 a day, Thu only; S6 (3) → Thu three times (no other day, so the day repeats).
    VisitPlan plan = VisitPlanner.DEFAULT.plan(REPS, STORES);
    assertEquals(List.of(v("R1", MONDAY, "S1"), v("R1", MONDAY, "S2"), v("R1", TUESDAY, "S1"), v("R1", TUESDAY, "S2"),
        v("R1", WEDNESDAY, "S1"), v("R1", WEDNESDAY, "S3"), v("R2", MONDAY, "S5"), v("R2", FRIDAY, "S5"),
        v("R3", THURSDAY, "S6"), v("R3", THURSDAY, "S6"), v("R3", THURSDAY, "S6")), plan.visits());
    assertEquals(List.of(Shortfall.of("S4", "R1", 1, 0), Shortfall.of("S5", "R2", 3, 2)), plan.shortfalls());
    assertEquals(1, plan.shortfalls().get(0).missing());
    assertEquals(2, plan.missingVisits());
    assertEquals(List.of("S1", "S3"), plan.stores("R1", WEDNESDAY));
    assertEquals(List.of(), plan.stores("R1", FRIDAY));
    assertEquals(3, plan.visitsTo("S1"));
    assertEquals(0, plan.visitsTo("S4"));
    VisitPlan r2 = plan.forRep("R2");
    assertEquals(List.of(v("R2", MONDAY, "S5"), v("R2", FRIDAY, "S5")), r2.visits());
    assertEquals(List.of(Shortfall.of("S5", "R2", 3, 2)), r2.shortfalls());
  }

  @Test
  void workedExample_adherenceOfAWeeksLog() {
    // R1 planned 6. Made: S1 Mon (ok), S1 Mon again (only one planned → unplanned), S2 Tue (failed),
    // S3 Wed (ok), S4 Thu (not planned), S9 Mon (not on the plan). Made 3, successful 2, unplanned 3.
    // Arrival 3 / 6 = 50%; success 2 / 3 = 66.7%.
    VisitPlan plan = VisitPlanner.DEFAULT.plan(REPS, STORES).forRep("R1");
    Adherence a = VisitPlanner.DEFAULT.adherence(plan, List.of(VisitRecord.of("S1", MONDAY, true),
        VisitRecord.of("S1", MONDAY, true), VisitRecord.of("S2", TUESDAY, false), VisitRecord.of("S3", WEDNESDAY, true),
        VisitRecord.of("S4", THURSDAY, true), VisitRecord.of("S9", MONDAY, false)));
    assertEquals(Adherence.of(6, 3, 2, 3), a);
    assertEquals(Optional.of(Rate.of("0.5")), a.arrivalRate());
    assertEquals(Optional.of(Rate.of("0.6666666666666666666666666666666667")), a.successRate());
  }

  @Test
  void adherence_withoutPlanOrVisits_hasNoRates() {
    Adherence none = VisitPlanner.DEFAULT.adherence(VisitPlanner.DEFAULT.plan(List.of(), List.of()), List.of());
    assertEquals(Adherence.of(0, 0, 0, 0), none);
    assertEquals(Optional.empty(), none.arrivalRate());
    assertEquals(Optional.empty(), none.successRate());
    Adherence missed = VisitPlanner.DEFAULT.adherence(VisitPlanner.DEFAULT.plan(REPS, STORES).forRep("R3"),
        List.of());
    assertEquals(Optional.of(Rate.ZERO), missed.arrivalRate());
    assertEquals(Optional.empty(), missed.successRate());
  }

  @Test
  void frequenciesAreData_zeroMeansNoVisitAndNoShortfall() {
    VisitFrequencies f = VisitFrequencies.of(Map.of(STAR, 1, QUESTION_MARK, 1, CASH_COW, 7, DOG, 0));
    VisitPlan plan = new VisitPlanner(f).plan(List.of(Rep.of("R", 5, EnumSet.allOf(DayOfWeek.class))),
        List.of(StoreAssignment.of("D", "R", DOG), StoreAssignment.of("C", "R", CASH_COW)));
    assertEquals(7, plan.visitsTo("C"));
    assertEquals(0, plan.visitsTo("D"));
    assertEquals(List.of(), plan.shortfalls());
    assertEquals(List.of("C"), plan.stores("R", DayOfWeek.SUNDAY));
    assertEquals(3, VisitFrequencies.standard().of(STAR));
    assertEquals(2, VisitFrequencies.standard().of(QUESTION_MARK));
    assertEquals(1, VisitFrequencies.standard().of(CASH_COW));
    assertEquals(1, VisitFrequencies.standard().of(DOG));
  }

  @Test
  void lighterDayWinsOverEarlierDay() {
    // 2 a day Mon, Tue: A (Star, 3) → Mon, Tue, then Mon again (no unused day); B (Cash cow, 1) → Tue (load 1 < 2).
    VisitPlan plan = VisitPlanner.DEFAULT.plan(List.of(Rep.of("R", 2, Set.of(MONDAY, TUESDAY))),
        List.of(StoreAssignment.of("B", "R", CASH_COW), StoreAssignment.of("A", "R", STAR)));
    assertEquals(List.of("A", "A"), plan.stores("R", MONDAY));
    assertEquals(List.of("A", "B"), plan.stores("R", TUESDAY));
  }

  @Test
  void higherFrequencyGoesFirst_whateverTheIds() {
    // 1 a day Mon, Tue: Z (Star, 3) before A (Dog, 1): Z → Mon, Tue, short 1; A → nothing, short 1.
    VisitPlan plan = VisitPlanner.DEFAULT.plan(List.of(Rep.of("R", 1, Set.of(MONDAY, TUESDAY))),
        List.of(StoreAssignment.of("A", "R", DOG), StoreAssignment.of("Z", "R", STAR)));
    assertEquals(List.of(v("R", MONDAY, "Z"), v("R", TUESDAY, "Z")), plan.visits());
    assertEquals(List.of(Shortfall.of("Z", "R", 3, 2), Shortfall.of("A", "R", 1, 0)), plan.shortfalls());
  }

  @Test
  void largestInputsAccepted() {
    List<Rep> reps = new ArrayList<>();
    for (int i = 0; i < VisitPlanner.MAX_REPS; i++) {
      reps.add(Rep.of("R" + i, 1, Set.of(MONDAY)));
    }
    List<StoreAssignment> stores = new ArrayList<>();
    for (int i = 0; i < VisitPlanner.MAX_STORES; i++) {
      stores.add(StoreAssignment.of("S" + i, "R" + (i % 1000), DOG));
    }
    VisitPlan plan = VisitPlanner.DEFAULT.plan(reps, stores);
    assertEquals(1000, plan.visits().size());
    assertEquals(19_000, plan.missingVisits());
    Adherence a = VisitPlanner.DEFAULT.adherence(plan.forRep("R0"),
        Collections.nCopies(VisitPlanner.MAX_RECORDS, VisitRecord.of("S0", MONDAY, true)));
    assertEquals(Adherence.of(1, 1, 1, 279_999), a);
  }

  static final AccountQuadrant[] Q = AccountQuadrant.values();

  @Test
  void property_neverOverCapacity_neverAboveFrequency_fillsWhatFits_shuffleInvariant() {
    qt().withExamples(150).forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 25),
        integers().between(1, 4), integers().between(1, 127), integers().all()).checkAssert((qs, cap, dayMask, seed) -> {
          Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
          for (int d = 0; d < 7; d++) {
            if ((dayMask & (1 << d)) != 0) {
              days.add(DayOfWeek.of(d + 1));
            }
          }
          List<Rep> reps = List.of(Rep.of("R1", cap, days), Rep.of("R2", 1, Set.of(MONDAY)));
          List<StoreAssignment> stores = new ArrayList<>();
          for (int i = 0; i < qs.size(); i++) {
            stores.add(StoreAssignment.of("S" + i, i % 4 == 3 ? "R2" : "R1", Q[qs.get(i)]));
          }
          VisitPlan plan = VisitPlanner.DEFAULT.plan(reps, stores);
          Map<List<Object>, Integer> perDay = new HashMap<>();
          plan.visits().forEach(v -> perDay.merge(List.of(v.repId(), v.day()), 1, Integer::sum));
          perDay.forEach((k, n) -> assertTrue(n <= (k.get(0).equals("R1") ? cap : 1), k + " " + n));
          int demandR1 = 0;
          for (StoreAssignment s : stores) {
            int f = VisitFrequencies.standard().of(s.quadrant());
            int missing = plan.shortfalls().stream().filter(x -> x.storeId().equals(s.storeId()))
                .mapToInt(Shortfall::missing).sum();
            assertEquals(f, plan.visitsTo(s.storeId()) + missing);
            demandR1 += s.repId().equals("R1") ? f : 0;
          }
          assertEquals(Math.min(demandR1, cap * days.size()), plan.forRep("R1").visits().size());
          for (StoreAssignment st : stores) {
            List<DayOfWeek> visitDays = plan.visits().stream().filter(v -> v.storeId().equals(st.storeId()))
                .map(PlannedVisit::day).toList();
            if (st.repId().equals("R1") && visitDays.size() <= days.size()) {
              assertEquals(visitDays.size(), Set.copyOf(visitDays).size(), st + " " + visitDays);
            }
          }
          List<StoreAssignment> shuffled = new ArrayList<>(stores);
          Collections.shuffle(shuffled, new Random(seed));
          List<Rep> reversed = new ArrayList<>(reps);
          Collections.reverse(reversed);
          assertEquals(plan, VisitPlanner.DEFAULT.plan(reversed, shuffled));
        });
  }

  static void rejects(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void bounds_acceptedAtTheEdges() {
    assertEquals(20, Rep.of("R".repeat(64), 20, Set.of(MONDAY)).visitsPerDay());
    assertEquals("S".repeat(64), StoreAssignment.of("S".repeat(64), "R".repeat(64), DOG).storeId());
    assertEquals("S".repeat(64), VisitRecord.of("S".repeat(64), MONDAY, true).storeId());
    assertEquals(7, VisitFrequencies.of(Map.of(STAR, 7, QUESTION_MARK, 0, CASH_COW, 0, DOG, 0)).of(STAR));
  }

  @Test
  void badRepsAndStores_areFailureItems_andTheOthersArePlanned() {
    VisitPlanner p = VisitPlanner.DEFAULT;
    String repId = REPS.get(0).repId();
    List<Rep> reps = new ArrayList<>(REPS);
    reps.add(null);
    reps.add(REPS.get(0));
    List<StoreAssignment> stores = new ArrayList<>(STORES);
    stores.add(null);
    stores.add(STORES.get(0));
    stores.add(StoreAssignment.of("S-NEW", "R9", STAR));
    VisitPlan plan = p.plan(reps, stores);
    VisitPlan clean = p.plan(REPS, STORES);
    assertEquals(clean.visits(), plan.visits());
    assertEquals(clean.shortfalls(), plan.shortfalls());
    assertEquals(List.of(), clean.failures());
    int r = REPS.size();
    int s = STORES.size();
    assertEquals(List.of(
        FailureItem.of("reps", r, null, FailureReason.NULL_ITEM, "Argument 'reps[" + r + "]' must not be null but has value null"),
        FailureItem.of("reps", r + 1, repId, FailureReason.DUPLICATE_ID, "Argument 'reps[" + (r + 1)
            + "]' must have a unique id but has value '" + repId + "' (the id of reps[0])"),
        FailureItem.of("stores", s, null, FailureReason.NULL_ITEM,
            "Argument 'stores[" + s + "]' must not be null but has value null"),
        FailureItem.of("stores", s + 1, STORES.get(0).storeId(), FailureReason.DUPLICATE_ID, "Argument 'stores["
            + (s + 1) + "]' must have a unique id but has value '" + STORES.get(0).storeId() + "' (the id of stores[0])"),
        FailureItem.of("stores", s + 2, "S-NEW", FailureReason.INVALID_VALUE, "Argument 'stores[" + (s + 2)
            + "].repId' must be the id of one of the reps but has value 'R9'")), plan.failures());
  }

  @Test
  void rejects_badPlanInput() {
    VisitPlanner p = VisitPlanner.DEFAULT;
    rejects("Argument 'reps' must have at most 1000 reps but has value 1001 reps",
        () -> p.plan(Collections.nCopies(1001, REPS.get(0)), List.of()));
    rejects("Argument 'stores' must have at most 20000 stores but has value 20001 stores",
        () -> p.plan(REPS, Collections.nCopies(20_001, STORES.get(0))));
    rejects("Argument 'log' must have at most 280000 records but has value 280001 records",
        () -> p.adherence(p.plan(REPS, STORES), Collections.nCopies(280_001, VisitRecord.of("S", MONDAY, true))));
    List<VisitRecord> nullRecord = new ArrayList<>();
    nullRecord.add(null);
    assertEquals("Argument 'log[0]' must not be null",
        assertThrows(NullPointerException.class, () -> p.adherence(p.plan(REPS, STORES), nullRecord)).getMessage());
    assertEquals("Argument 'frequencies' must not be null",
        assertThrows(NullPointerException.class, () -> new VisitPlanner(null)).getMessage());
  }

  @Test
  void rejects_badValues() {
    rejects("Argument 'visitsPerDay' must be between 1 and 20 but has value 0", () -> Rep.of("R", 0, Set.of(MONDAY)));
    rejects("Argument 'visitsPerDay' must be between 1 and 20 but has value 21", () -> Rep.of("R", 21, Set.of(MONDAY)));
    rejects("Argument 'workingDays' must not be empty but has value []", () -> Rep.of("R", 1, Set.of()));
    rejects("Argument 'repId' must not be blank but has value ''", () -> Rep.of("", 1, Set.of(MONDAY)));
    rejects("Argument 'repId' must have at most 64 characters but has value 65 characters",
        () -> Rep.of("R".repeat(65), 1, Set.of(MONDAY)));
    rejects("Argument 'storeId' must have at most 64 characters but has value 65 characters",
        () -> StoreAssignment.of("S".repeat(65), "R", DOG));
    rejects("Argument 'repId' must have at most 64 characters but has value 65 characters",
        () -> StoreAssignment.of("S", "R".repeat(65), DOG));
    rejects("Argument 'storeId' must not be blank but has value ' '", () -> VisitRecord.of(" ", MONDAY, true));
    rejects("Argument 'perWeek' must have a frequency for DOG but has value {STAR=1, QUESTION_MARK=1, CASH_COW=1}",
        () -> VisitFrequencies.of(Map.of(STAR, 1, QUESTION_MARK, 1, CASH_COW, 1)));
    rejects("Argument 'perWeek[CASH_COW]' must be between 0 and 7 but has value -1",
        () -> VisitFrequencies.of(Map.of(STAR, 1, QUESTION_MARK, 1, CASH_COW, -1, DOG, 1)));
    rejects("Argument 'perWeek[STAR]' must be between 0 and 7 but has value 8",
        () -> VisitFrequencies.of(Map.of(STAR, 8, QUESTION_MARK, 1, CASH_COW, 1, DOG, 1)));
  }
}
