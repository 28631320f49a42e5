package dev.keyaccount.kpi.route;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.core.result.Failures;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans a week of store visits per rep (拜访计划) and measures a week's visits against the plan.
 *
 * <p>Each store's frequency comes from its quadrant through the {@link VisitFrequencies}. Stores are
 * assigned to reps as given. Per rep, stores are scheduled in priority order (frequency descending,
 * then store id), each visit on the rep's working day with the fewest visits so far, the earliest on a
 * tie. Visits are so dealt out in turn over the working days, which keeps every day within one visit
 * of the others and gives a store whose frequency does not exceed the rep's working days its visits on
 * distinct days; a store with more visits than working days gets some day twice. No day ever holds
 * more than the rep's capacity; the visits that fit nowhere are reported as {@link Shortfall}s, and they
 * fall on the lowest-priority stores. The plan is deterministic: with unique ids, input order does not
 * matter (a repeated rep or store id keeps its first line in the input, the later ones being failure
 * items, so with repeats the order decides which is kept).
 *
 * <p>Bounds: at most {@value #MAX_REPS} reps and {@value #MAX_STORES} stores, ids unique, each store's
 * rep among the reps; at most {@value #MAX_RECORDS} visit records. This class is stateless and
 * thread-safe; use {@link #DEFAULT} or pass frequencies.
 */
public final class VisitPlanner {

  /** The most reps accepted. */
  public static final int MAX_REPS = 1_000;
  /** The most stores accepted: twenty per rep at the most reps. */
  public static final int MAX_STORES = 20_000;
  /** The most visit records accepted: twice the visits the most reps can make in a week. */
  public static final int MAX_RECORDS = 280_000;

  /** The planner with the {@link VisitFrequencies#standard() standard} frequencies. */
  public static final VisitPlanner DEFAULT = new VisitPlanner(VisitFrequencies.standard());

  private final VisitFrequencies frequencies;

  /**
   * Returns a planner.
   *
   * @param frequencies visits per week by quadrant
   * @throws NullPointerException if the frequencies are null
   */
  public VisitPlanner(VisitFrequencies frequencies) {
    this.frequencies = Args.notNull(frequencies, "frequencies");
  }

  /**
   * Plans a week.
   *
   * @param reps the reps, in any order
   * @param stores the stores with their reps, in any order
   * @return the plan, with a failure item for each rep or store left out: null, a repeated id, or a
   *     store whose rep is not among the reps (or was left out)
   * @throws NullPointerException if a list is null
   * @throws IllegalArgumentException if a list is too long
   */
  public VisitPlan plan(List<Rep> reps, List<StoreAssignment> stores) {
    Args.notNull(reps, "reps");
    Args.notNull(stores, "stores");
    if (reps.size() > MAX_REPS) {
      throw Args.invalid("reps", "have at most " + MAX_REPS + " reps", reps.size() + " reps");
    }
    if (stores.size() > MAX_STORES) {
      throw Args.invalid("stores", "have at most " + MAX_STORES + " stores", stores.size() + " stores");
    }
    Map<String, Rep> repsById = new TreeMap<>();
    Failures repFailures = new Failures("reps");
    for (int i = 0; i < reps.size(); i++) {
      Rep rep = reps.get(i);
      if (!repFailures.isNull(rep, i) && !repFailures.isDuplicate(rep.repId(), i)) {
        repsById.put(rep.repId(), rep);
      }
    }
    Map<String, List<StoreAssignment>> storesByRep = new HashMap<>();
    Failures storeFailures = new Failures("stores");
    for (int i = 0; i < stores.size(); i++) {
      StoreAssignment s = stores.get(i);
      if (storeFailures.isNull(s, i) || storeFailures.isDuplicate(s.storeId(), i)) {
        continue;
      }
      if (!repsById.containsKey(s.repId())) {
        storeFailures.add(i, s.storeId(), FailureReason.INVALID_VALUE,
            Args.message(storeFailures.name(i) + ".repId", "be the id of one of the reps", "'" + s.repId() + "'"));
        continue;
      }
      storesByRep.computeIfAbsent(s.repId(), k -> new ArrayList<>()).add(s);
    }
    Comparator<StoreAssignment> priority = Comparator
        .comparingInt((StoreAssignment s) -> frequencies.of(s.quadrant())).reversed()
        .thenComparing(StoreAssignment::storeId);
    List<PlannedVisit> visits = new ArrayList<>();
    List<Shortfall> shortfalls = new ArrayList<>();
    for (Rep rep : repsById.values()) {
      List<StoreAssignment> own = new ArrayList<>(storesByRep.getOrDefault(rep.repId(), List.of()));
      own.sort(priority);
      schedule(rep, own, visits, shortfalls);
    }
    visits.sort(Comparator.comparing(PlannedVisit::repId).thenComparing(PlannedVisit::day)
        .thenComparing(PlannedVisit::storeId));
    List<FailureItem> failures = new ArrayList<>(repFailures.items());
    failures.addAll(storeFailures.items());
    return ImmutableVisitPlan.builder().visits(visits).shortfalls(shortfalls).failures(failures).build();
  }

  private void schedule(Rep rep, List<StoreAssignment> stores, List<PlannedVisit> visits,
      List<Shortfall> shortfalls) {
    List<DayOfWeek> days = rep.workingDays().stream().sorted().toList();
    int[] load = new int[days.size()];
    for (StoreAssignment store : stores) {
      int frequency = frequencies.of(store.quadrant());
      int planned = 0;
      for (int day = lightest(load, rep.visitsPerDay()); planned < frequency && day >= 0;
          day = lightest(load, rep.visitsPerDay())) {
        load[day]++;
        planned++;
        visits.add(PlannedVisit.of(rep.repId(), days.get(day), store.storeId()));
      }
      if (planned < frequency) {
        shortfalls.add(Shortfall.of(store.storeId(), rep.repId(), frequency, planned));
      }
    }
  }

  /** The earliest day with the fewest visits, or -1 when every day is full. */
  private static int lightest(int[] load, int capacity) {
    int best = 0;
    for (int d = 1; d < load.length; d++) {
      if (load[d] < load[best]) {
        best = d;
      }
    }
    return load[best] < capacity ? best : -1;
  }

  /**
   * Measures a week's visits against a plan. Narrow the plan with {@link VisitPlan#forRep} and pass
   * that rep's records to measure one rep.
   *
   * @param plan the plan
   * @param log the visits made, in any order
   * @return the arrival and success rates and the unplanned visits
   * @throws NullPointerException if an argument or a record is null
   * @throws IllegalArgumentException if the log is too long
   */
  public Adherence adherence(VisitPlan plan, List<VisitRecord> log) {
    Args.notNull(plan, "plan");
    Args.notNull(log, "log");
    if (log.size() > MAX_RECORDS) {
      throw Args.invalid("log", "have at most " + MAX_RECORDS + " records", log.size() + " records");
    }
    Map<List<Object>, Integer> open = new HashMap<>();
    for (PlannedVisit v : plan.visits()) {
      open.merge(List.of(v.storeId(), v.day()), 1, Integer::sum);
    }
    int made = 0;
    int successful = 0;
    int unplanned = 0;
    for (int i = 0; i < log.size(); i++) {
      VisitRecord r = Args.notNull(log.get(i), "log", i);
      List<Object> key = List.of(r.storeId(), r.day());
      int left = open.getOrDefault(key, 0);
      if (left == 0) {
        unplanned++;
      } else {
        open.put(key, left - 1);
        made++;
        successful += r.successful() ? 1 : 0;
      }
    }
    return Adherence.of(plan.visits().size(), made, successful, unplanned);
  }
}
