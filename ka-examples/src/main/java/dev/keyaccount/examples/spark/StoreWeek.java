package dev.keyaccount.examples.spark;

import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.kpi.execution.ExecutionReport;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.execution.StoreExecution;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Store execution (门店执行) of one account in one week, from its store × SKU lines: each store's
 * audit is our display points and activities summed over its SKU lines, the category's counts of the
 * store (the same on each of its lines), and the SKUs on shelf; the SKUs listed are every SKU of the
 * account's lines that week. {@link StoreExecution#DEFAULT} measures the audits; sell-out is the sum of
 * the lines' cases. A week with a malformed line, or one the calculator rejects, has its problem and no
 * figures.
 */
final class StoreWeek implements FlatMapGroupsFunction<Tuple2<String, String>, Row, Row> {

  private static final long serialVersionUID = 1L;

  static final List<String> FACT_COLUMNS = List.of("account_id", "store_id", "week", "sku", "on_shelf",
      "display_points", "category_display_points", "activities", "category_activities", "sell_out_cases");

  static final List<String> EXECUTION_COLUMNS = List.of("account_id", "week", "stores", "listed_skus",
      "display_rate", "activity_rate", "distribution_rate", "sku_count", "display_points", "activity_points",
      "execution_score", "sell_out_cases", "problem");

  /** The most points or activities one line may hold. */
  static final int MAX_POINTS = 1_000_000;

  private static final Map<String, Integer> INDEX = SparkFiles.index(FACT_COLUMNS);

  private final String file;
  private final boolean csv;

  StoreWeek(String file, boolean csv) {
    this.file = file;
    this.csv = csv;
  }

  /** One store's lines of the week, summed. */
  private static final class Store {
    int display;
    int activities;
    int categoryDisplay = -1;
    int categoryActivities = -1;
    final Set<String> onShelf = new TreeSet<>();
  }

  @Override
  public Iterator<Row> call(Tuple2<String, String> key, Iterator<Row> rows) {
    Map<String, Store> stores = new TreeMap<>();
    Set<String> listed = new TreeSet<>();
    long sellOut = 0;
    String problem = "";
    int malformed = 0;
    while (rows.hasNext()) {
      CsvRow row = CsvRow.of(file, 0, INDEX, SparkFiles.cells(rows.next()));
      try {
        row.date("week");
        Store store = stores.computeIfAbsent(row.id("store_id"), s -> new Store());
        String sku = row.id("sku");
        boolean onShelf = yes(row, "on_shelf");
        int display = row.count("display_points", MAX_POINTS);
        int activities = row.count("activities", MAX_POINTS);
        int categoryDisplay = sameForStore(row, "category_display_points", store.categoryDisplay);
        int categoryActivities = sameForStore(row, "category_activities", store.categoryActivities);
        long cases = row.count("sell_out_cases");
        store.display = Math.addExact(store.display, display);
        store.activities = Math.addExact(store.activities, activities);
        store.categoryDisplay = categoryDisplay;
        store.categoryActivities = categoryActivities;
        if (onShelf) {
          store.onShelf.add(sku);
        }
        listed.add(sku);
        sellOut = Math.addExact(sellOut, cases);
      } catch (InputException | ArithmeticException e) {
        problem = problem.isEmpty() ? e.getMessage() : problem;
        malformed++;
      }
    }
    if (malformed > 0) {
      return List.of(line(key, null, 0, 0, 0, malformed + " malformed line(s), such as: " + problem)).iterator();
    }
    List<StoreAudit> audits = new ArrayList<>();
    try {
      stores.forEach((id, s) -> audits.add(StoreAudit.builder().storeId(id).displayPoints(s.display)
          .categoryDisplayPoints(s.categoryDisplay).activities(s.activities).categoryActivities(s.categoryActivities)
          .skusOnShelf(s.onShelf).build()));
      ExecutionReport report = StoreExecution.DEFAULT.measure(audits, listed);
      return List.of(line(key, report, listed.size(), sellOut, stores.size(), "")).iterator();
    } catch (IllegalArgumentException e) {
      return List.of(line(key, null, listed.size(), sellOut, stores.size(), e.getMessage())).iterator();
    }
  }

  private static boolean yes(CsvRow row, String column) {
    String value = row.text(column);
    if (!value.equals("yes") && !value.equals("no")) {
      throw row.error(column, value, "expected yes or no");
    }
    return value.equals("yes");
  }

  /** The category's count of the store: the same on every line of the store and week. */
  private static int sameForStore(CsvRow row, String column, int earlier) {
    int value = row.count(column, MAX_POINTS);
    if (earlier >= 0 && value != earlier) {
      throw row.error(column, Integer.toString(value), "the store's other lines of the week say " + earlier);
    }
    return value;
  }

  private Row line(Tuple2<String, String> key, ExecutionReport r, int listedSkus, long sellOut, int stores,
      String problem) {
    boolean figures = r != null;
    return RowFactory.create(text(key._1()), key._2(), figures ? Integer.toString(stores) : "",
        figures ? Integer.toString(listedSkus) : "", figures ? SparkFiles.rate(r.displayRate()) : "",
        figures ? SparkFiles.rate(r.activityRate()) : "", figures ? SparkFiles.rate(r.distributionRate()) : "",
        figures ? Integer.toString(r.skuCount()) : "", figures ? Integer.toString(r.displayPoints()) : "",
        figures ? Integer.toString(r.activityPoints()) : "", figures ? r.score().toPlainString() : "",
        figures ? Long.toString(sellOut) : "", text(problem));
  }

  private String text(String value) {
    return csv ? CsvOutput.neutralise(value) : value;
  }
}
