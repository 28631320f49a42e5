package dev.keyaccount.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.evaluation.PortfolioEvaluation;
import dev.keyaccount.kpi.execution.ExecutionReport;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.execution.StoreExecution;
import dev.keyaccount.core.money.Rate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio and store execution job gives the single-JVM answers: each account's evaluation equals
 * {@link AccountEvaluator#evaluatePortfolio} over all accounts, and each account-week's execution equals
 * {@link StoreExecution#measure} on that week's store audits built here from the same facts, line by
 * line. One local[2] session for the class.
 */
class StoreExecutionJobTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTesting.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** One store × SKU × week line. */
  private record Fact(String account, String store, LocalDate week, String sku, boolean onShelf, int display,
      int categoryDisplay, int activities, int categoryActivities, long cases) {}

  /** Accounts A0–A5, 12 stores each, 6 SKUs, 3 weeks; A5's stores record no category display in week 2. */
  private static List<Fact> facts() {
    SplittableRandom random = new SplittableRandom(16);
    List<Fact> facts = new ArrayList<>();
    for (int a = 0; a < 6; a++) {
      for (int w = 0; w < 3; w++) {
        LocalDate week = LocalDate.of(2026, 6, 1).plusWeeks(w);
        for (int s = 0; s < 12; s++) {
          boolean empty = a == 5 && w == 2;
          int categoryDisplay = empty ? 0 : 20 + random.nextInt(20);
          int categoryActivities = 6 + random.nextInt(10);
          for (int k = 0; k < 6; k++) {
            facts.add(new Fact("A" + a, "A" + a + "-S" + s, week, "SKU-" + k, random.nextInt(10) < 7,
                empty ? 0 : random.nextInt(2), categoryDisplay, random.nextInt(2), categoryActivities,
                random.nextInt(500)));
          }
        }
      }
    }
    return facts;
  }

  private static void writeFacts(Path file, List<Fact> facts) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", StoreWeek.FACT_COLUMNS));
    for (Fact f : facts) {
      lines.add(String.join(",", f.account(), f.store(), f.week().toString(), f.sku(), f.onShelf() ? "yes" : "no",
          Integer.toString(f.display()), Integer.toString(f.categoryDisplay()), Integer.toString(f.activities()),
          Integer.toString(f.categoryActivities()), Long.toString(f.cases())));
    }
    Files.write(file, lines);
  }

  /** The single-JVM figures: per account and week, the store audits summed here and one measure. */
  private static Map<String, Map<String, String>> expectedExecution(List<Fact> facts) {
    Map<String, List<Fact>> byWeek = new TreeMap<>();
    facts.forEach(f -> byWeek.computeIfAbsent(f.account() + "|" + f.week(), k -> new ArrayList<>()).add(f));
    Map<String, Map<String, String>> expected = new TreeMap<>();
    byWeek.forEach((key, lines) -> {
      Map<String, List<Fact>> byStore = new TreeMap<>();
      lines.forEach(f -> byStore.computeIfAbsent(f.store(), k -> new ArrayList<>()).add(f));
      List<StoreAudit> audits = new ArrayList<>();
      Set<String> listed = new TreeSet<>();
      long cases = 0;
      for (List<Fact> store : byStore.values()) {
        Set<String> onShelf = new TreeSet<>();
        int display = 0;
        int activities = 0;
        for (Fact f : store) {
          display += f.display();
          activities += f.activities();
          listed.add(f.sku());
          cases += f.cases();
          if (f.onShelf()) {
            onShelf.add(f.sku());
          }
        }
        audits.add(StoreAudit.builder().storeId(store.get(0).store()).displayPoints(display)
            .categoryDisplayPoints(store.get(0).categoryDisplay()).activities(activities)
            .categoryActivities(store.get(0).categoryActivities()).skusOnShelf(onShelf).build());
      }
      Map<String, String> line = new TreeMap<>();
      line.put("account_id", lines.get(0).account());
      line.put("week", lines.get(0).week().toString());
      try {
        ExecutionReport r = StoreExecution.DEFAULT.measure(audits, listed);
        line.put("stores", Integer.toString(audits.size()));
        line.put("listed_skus", Integer.toString(listed.size()));
        line.put("display_rate", rate(r.displayRate()));
        line.put("activity_rate", rate(r.activityRate()));
        line.put("distribution_rate", rate(r.distributionRate()));
        line.put("sku_count", Integer.toString(r.skuCount()));
        line.put("display_points", Integer.toString(r.displayPoints()));
        line.put("activity_points", Integer.toString(r.activityPoints()));
        line.put("execution_score", r.score().toPlainString());
        line.put("sell_out_cases", Long.toString(cases));
        line.put("problem", "");
      } catch (IllegalArgumentException e) {
        for (String column : List.of("stores", "listed_skus", "display_rate", "activity_rate", "distribution_rate",
            "sku_count", "display_points", "activity_points", "execution_score", "sell_out_cases")) {
          line.put(column, "");
        }
        line.put("problem", e.getMessage());
      }
      expected.put(key, line);
    });
    return expected;
  }

  private static String rate(Rate rate) {
    return rate.fraction().setScale(6, RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void storeExecutionEqualsTheSingleJvmMeasureForEveryAccountAndWeek(@TempDir Path dir) throws IOException {
    List<Fact> facts = facts();
    writeFacts(dir.resolve("store-facts.csv"), facts);
    StoreExecutionJob.measure(spark, dir.resolve("store-facts.csv").toString(), dir.resolve("out").toString(), "csv");
    Map<String, Map<String, String>> lines = SparkTesting.read(spark, dir.resolve("out").resolve(StoreExecutionJob.EXECUTION),
        "csv", "account_id", "week");
    Map<String, Map<String, String>> expected = expectedExecution(facts);
    assertEquals(18, expected.size());
    assertEquals(expected, lines);
    assertTrue(lines.get("A5|2026-06-15").get("problem").contains("category display points"), lines.toString());
  }

  @Test
  void aStoreWhoseLinesDisagreeOnTheCategoryMakesItsWeekAProblem(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("store-facts.csv"), List.of(String.join(",", StoreWeek.FACT_COLUMNS),
        "A,S1,2026-06-01,SKU-1,yes,2,30,1,10,100",
        "A,S1,2026-06-01,SKU-2,no,0,31,0,10,0",
        "A,S1,2026-06-08,SKU-1,yes,2,30,1,10,100"));
    StoreExecutionJob.measure(spark, dir.resolve("store-facts.csv").toString(), dir.resolve("out").toString(), "csv");
    Map<String, Map<String, String>> lines = SparkTesting.read(spark, dir.resolve("out").resolve(StoreExecutionJob.EXECUTION),
        "csv", "account_id", "week");
    assertTrue(lines.get("A|2026-06-01").get("problem").startsWith("1 malformed line(s), such as: "),
        lines.toString());
    assertTrue(lines.get("A|2026-06-01").get("problem").contains("category_display_points"), lines.toString());
    assertEquals("", lines.get("A|2026-06-01").get("execution_score"));
    assertEquals("1.000000", lines.get("A|2026-06-08").get("distribution_rate"));
  }

  @Test
  void accountEvaluationsEqualThePortfolioEvaluationInParquet(@TempDir Path dir) throws IOException {
    List<String> csv = new ArrayList<>();
    csv.add(String.join(",", PortfolioPartition.ACCOUNT_COLUMNS));
    List<AccountFacts> portfolio = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(17);
    Level[] levels = Level.values();
    for (int i = 0; i < 40; i++) {
      String currency = i == 7 ? "USD" : "CNY";
      BigDecimal sales = BigDecimal.valueOf(random.nextLong(10_000_000_00L), 2);
      int growth = random.nextInt(-20, 40);
      int dso = random.nextInt(0, 120);
      int display = random.nextInt(0, 40);
      int activity = random.nextInt(0, 60);
      int skus = random.nextInt(0, 30);
      Level relationship = levels[random.nextInt(levels.length)];
      csv.add(String.join(",", "K" + i, "Account " + i, currency, sales.toPlainString(), growth + "%",
          Integer.toString(dso), display + "%", activity + "%", Integer.toString(skus), relationship.name()));
      portfolio.add(AccountFacts.builder().accountId("K" + i).annualSales(Money.of(sales, currency))
          .growthRate(Rate.parse(growth + "%")).dsoDays(dso).displayRate(Rate.parse(display + "%"))
          .activityRate(Rate.parse(activity + "%")).listedSkus(skus).relationship(relationship).build());
    }
    Files.write(dir.resolve("accounts.csv"), csv);
    SparkFiles.write(spark.read().option("header", "true").csv(dir.resolve("accounts.csv").toString()),
        dir.resolve("accounts.parquet").toString(), "parquet");

    StoreExecutionJob.evaluate(spark, dir.resolve("accounts.parquet").toString(), dir.resolve("out").toString(),
        "parquet");

    Map<String, Map<String, String>> lines = SparkTesting.read(spark, dir.resolve("out").resolve(StoreExecutionJob.EVALUATIONS),
        "parquet", "account_id");
    PortfolioEvaluation single = AccountEvaluator.DEFAULT.evaluatePortfolio(portfolio);
    Map<String, Map<String, String>> expected = new TreeMap<>();
    for (Evaluation e : single.evaluations()) {
      expected.put(e.accountId(), Map.of("account_id", e.accountId(),
          "attractiveness", e.attractiveness().setScale(1, RoundingMode.HALF_UP).toPlainString(),
          "support", e.support().setScale(1, RoundingMode.HALF_UP).toPlainString(),
          "quadrant", e.quadrant().name(), "problem", ""));
    }
    single.failures().forEach(p -> expected.put(p.itemId().orElseThrow(), Map.of("account_id",
        p.itemId().orElseThrow(), "attractiveness", "", "support", "", "quadrant", "", "problem", p.message())));
    assertEquals(40, expected.size());
    assertTrue(expected.get("K7").get("problem").contains("USD"), expected.get("K7").toString());
    assertEquals(expected, lines);
  }
}
