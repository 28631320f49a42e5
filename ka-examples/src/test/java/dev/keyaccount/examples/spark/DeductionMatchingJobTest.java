package dev.keyaccount.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.examples.review.ReviewMatchingPolicy;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.AuthorizationBalance;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.GenerationOptions;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job gives the single-JVM answers: on generated remittances of many accounts in two
 * currencies, every deduction's result (state, pass, type, the parts, the authorizations matched and
 * the amounts taken from each, the candidates, the duplicate) and every account's summary equal those
 * of one {@link DeductionMatcher} run per currency over all accounts, line by line. One local[2]
 * session for the class.
 */
class DeductionMatchingJobTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTesting.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Two remittances: CNY with retailer references, two large accounts and ties; USD standard, ids prefixed. */
  private static Map<CurrencyUnit, GeneratedRemittance> remittances() {
    Map<CurrencyUnit, GeneratedRemittance> remittances = new TreeMap<>((a, b) -> a.getCurrencyCode()
        .compareTo(b.getCurrencyCode()));
    remittances.put(Currencies.CNY, RemittanceGenerator.generate(16, 1_500, ReviewMatchingPolicy.of(Currencies.CNY),
        GenerationOptions.realistic().withBadLinesPerThousand(0)));
    remittances.put(Currencies.USD, RemittanceGenerator.generate(17, 600, ReviewMatchingPolicy.of(Currencies.USD)));
    return remittances;
  }

  @Test
  void resultsAndSummariesEqualTheSingleJvmRunLineByLine(@TempDir Path dir) throws IOException {
    Map<CurrencyUnit, GeneratedRemittance> remittances = remittances();
    List<Authorization> authorizations = new ArrayList<>();
    List<Deduction> deductions = new ArrayList<>();
    Map<CurrencyUnit, MatchingResult> single = new HashMap<>();
    remittances.forEach((currency, r) -> {
      String prefix = currency.getCurrencyCode().equals("USD") ? "U" : "";
      List<Authorization> as = r.authorizations().stream()
          .map(a -> Authorization.builder().from(a).id(prefix + a.id()).build()).collect(Collectors.toList());
      List<Deduction> ds = r.deductions().stream()
          .map(d -> Deduction.builder().from(d).id(prefix + d.id()).build()).collect(Collectors.toList());
      authorizations.addAll(as);
      deductions.addAll(ds);
      single.put(currency, new DeductionMatcher(ReviewMatchingPolicy.of(currency)).match(ds, as));
    });
    SparkTesting.writeAuthorizations(dir.resolve("authorizations.csv"), authorizations);
    SparkTesting.writeDeductions(dir.resolve("deductions.csv"), deductions);
    Path out = dir.resolve("out");

    DeductionMatchingJob.Outcome outcome = DeductionMatchingJob.run(spark, dir.resolve("authorizations.csv").toString(),
        dir.resolve("deductions.csv").toString(), out.toString(), "csv");

    Map<String, Map<String, String>> results = SparkTesting.read(spark, out.resolve(DeductionMatchingJob.RESULTS), "csv",
        "currency", "deduction_id");
    Map<String, Map<String, String>> expected = new TreeMap<>();
    Map<String, String> accountOf = new HashMap<>();
    deductions.forEach(d -> accountOf.put(d.id(), d.accountId()));
    single.forEach((currency, run) -> run.deductionResults().forEach(r -> expected.put(
        currency.getCurrencyCode() + "|" + r.deductionId(), expectedLine(r, accountOf.get(r.deductionId())))));
    assertTrue(expected.size() > 2_000, "a few thousand deductions: " + expected.size());
    assertEquals(expected.keySet(), results.keySet());
    expected.forEach((key, line) -> assertEquals(line, results.get(key), key));
    assertEquals(expected.size(), outcome.results());

    Map<String, Map<String, String>> summaries = SparkTesting.read(spark, out.resolve(DeductionMatchingJob.SUMMARY), "csv",
        "currency", "account_id");
    Map<String, Map<String, String>> expectedSummaries = expectedSummaries(single, authorizations, accountOf);
    assertTrue(expectedSummaries.size() > 15, "many accounts: " + expectedSummaries.size());
    assertEquals(expectedSummaries.keySet(), summaries.keySet());
    expectedSummaries.forEach((key, line) -> line.forEach((column, value) ->
        assertEquals(value, summaries.get(key).get(column), key + " " + column)));
    assertEquals(0, outcome.rejected());
    assertTrue(results.values().stream().anyMatch(l -> l.get("state").equals("VALID") && l.get("pass").equals("COMBINATION")),
        "combinations are among the results");
  }

  /** The job's line for a single-JVM result, built here from the result's parts. */
  private static Map<String, String> expectedLine(DeductionResult r, String account) {
    Map<String, String> line = new TreeMap<>();
    line.put("deduction_id", r.deductionId());
    line.put("currency", r.amount().getCurrency().getCurrencyCode());
    line.put("state", r.state().name());
    line.put("pass", r.pass().name());
    line.put("type", r.type().map(Enum::name).orElse(""));
    line.put("account_id", account);
    line.put("amount", Formats.plain(r.amount()));
    line.put("matched_amount", Formats.plain(r.matched()));
    line.put("disputed_amount", Formats.plain(r.disputed()));
    line.put("written_off_amount", Formats.plain(r.writtenOff()));
    line.put("unresolved_amount", Formats.plain(r.unresolved()));
    line.put("authorization_ids", r.matches().stream().map(AuthorizationMatch::authorizationId)
        .collect(Collectors.joining(";")));
    line.put("authorization_amounts", r.matches().stream().map(m -> Formats.plain(m.amount()))
        .collect(Collectors.joining(";")));
    line.put("candidates", String.join(";", r.candidates()));
    line.put("duplicate_of", r.duplicateOf().orElse(""));
    return line;
  }

  /** Per currency and account: counts and sums of the single-JVM results and authorization balances. */
  private static Map<String, Map<String, String>> expectedSummaries(Map<CurrencyUnit, MatchingResult> single,
      List<Authorization> authorizations, Map<String, String> accountOf) {
    Map<String, String> authorizationAccount = new HashMap<>();
    authorizations.forEach(a -> authorizationAccount.put(a.id(), a.accountId()));
    Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
    single.forEach((currency, run) -> {
      for (DeductionResult r : run.deductionResults()) {
        Map<String, BigDecimal> s = sums.computeIfAbsent(currency.getCurrencyCode() + "|"
            + accountOf.get(r.deductionId()), k -> new TreeMap<>());
        s.merge("deductions", BigDecimal.ONE, BigDecimal::add);
        s.merge(r.state().name().toLowerCase(Locale.ROOT), BigDecimal.ONE, BigDecimal::add);
        s.merge("total_deducted", decimal(r.amount()), BigDecimal::add);
        s.merge("matched_amount", decimal(r.matched()), BigDecimal::add);
        s.merge("disputed_amount", decimal(r.disputed()), BigDecimal::add);
        s.merge("written_off_amount", decimal(r.writtenOff()), BigDecimal::add);
        s.merge("unresolved_amount", decimal(r.unresolved()), BigDecimal::add);
      }
      for (AuthorizationBalance b : run.authorizationBalances()) {
        Map<String, BigDecimal> s = sums.computeIfAbsent(currency.getCurrencyCode() + "|"
            + authorizationAccount.get(b.authorizationId()), k -> new TreeMap<>());
        s.merge("authorizations", BigDecimal.ONE, BigDecimal::add);
        s.merge("total_authorized", decimal(b.amount()), BigDecimal::add);
        s.merge("consumed", decimal(b.consumed()), BigDecimal::add);
        s.merge("remaining", decimal(b.remaining()), BigDecimal::add);
      }
    });
    Map<String, Map<String, String>> lines = new TreeMap<>();
    sums.forEach((key, s) -> {
      Map<String, String> line = new TreeMap<>();
      for (String count : List.of("deductions", "authorizations")) {
        line.put(count, s.getOrDefault(count, BigDecimal.ZERO).toPlainString());
      }
      for (DeductionState state : DeductionState.values()) {
        String column = state.name().toLowerCase(Locale.ROOT);
        line.put(column, s.getOrDefault(column, BigDecimal.ZERO).toPlainString());
      }
      for (String amount : List.of("total_deducted", "matched_amount", "disputed_amount", "written_off_amount",
          "unresolved_amount", "total_authorized", "consumed", "remaining")) {
        line.put(amount, s.getOrDefault(amount, BigDecimal.ZERO).setScale(2).toPlainString());
      }
      lines.put(key, line);
    });
    return lines;
  }

  private static BigDecimal decimal(javax.money.MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  @Test
  void aFileWithoutOneOfItsColumnsIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("authorizations.csv"), "authorization_id,account_id\nAU-1,A\n");
    Files.writeString(dir.resolve("deductions.csv"), String.join(",", AccountMatching.DEDUCTION_COLUMNS) + "\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeductionMatchingJob.run(spark,
        dir.resolve("authorizations.csv").toString(), dir.resolve("deductions.csv").toString(),
        dir.resolve("out").toString(), "csv"));
    assertTrue(e.getMessage().contains("authorizations.csv has no column 'type'"), e.getMessage());
  }

  @Test
  void malformedCellsAndLinesTheLibraryRejectsAreRejectedLinesAndTheRestIsMatched(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("authorizations.csv"), String.join(",", AccountMatching.AUTHORIZATION_COLUMNS) + "\n"
        + "AU-1,A,PROMOTION,PRM-1,2026-06-01,2026-06-21,2220.00,CNY\n"
        + "AU-2,A,PROMOTION,PRM-2,2026-06-01,2026-05-21,100.00,CNY\n");
    Files.writeString(dir.resolve("deductions.csv"), String.join(",", AccountMatching.DEDUCTION_COLUMNS) + "\n"
        + "DD-1,A,2026-06-28,PRM,prm 1,2220.00,CNY\n"
        + "DD-2,A,2026-06-28,PRM,,lots,CNY\n"
        + "DD-3,A,2026-06-28,PRM,,-5.00,CNY\n"
        + "=DD-4,B,2026-06-28,PRM,,5.00,XXQ\n");
    Path out = dir.resolve("out");
    DeductionMatchingJob.Outcome outcome = DeductionMatchingJob.run(spark, dir.resolve("authorizations.csv").toString(),
        dir.resolve("deductions.csv").toString(), out.toString(), "csv");
    Map<String, Map<String, String>> rejected = SparkTesting.read(spark, out.resolve(DeductionMatchingJob.REJECTED),
        "csv", "id");
    assertEquals(List.of("'=DD-4", "AU-2", "DD-2", "DD-3"), new ArrayList<>(rejected.keySet()));
    assertTrue(rejected.get("DD-2").get("reason").contains("column 'amount', value 'lots'"), rejected.toString());
    assertTrue(rejected.get("AU-2").get("reason").contains("before the start date"), rejected.toString());
    assertTrue(rejected.get("'=DD-4").get("reason").contains("currency"), rejected.toString());
    assertEquals("deductions.csv", rejected.get("DD-3").get("file"));
    Map<String, Map<String, String>> results = SparkTesting.read(spark, out.resolve(DeductionMatchingJob.RESULTS),
        "csv", "deduction_id");
    assertEquals("VALID", results.get("DD-1").get("state"));
    assertEquals("AU-1", results.get("DD-1").get("authorization_ids"));
    assertEquals(new DeductionMatchingJob.Outcome(1, 1, 4), outcome);
  }

  /**
   * The one decision that looks across accounts: ids are unique per run, so one run over all accounts
   * rejects a deduction whose id an earlier line of another account used; the job matches each in its
   * account (as the README says).
   */
  @Test
  void anIdUsedInTwoAccountsIsRejectedByOneRunButMatchedInEachAccountByTheJob(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("authorizations.csv"), String.join(",", AccountMatching.AUTHORIZATION_COLUMNS) + "\n"
        + "AU-1,A,PROMOTION,PRM-1,2026-06-01,2026-06-21,2220.00,CNY\n"
        + "AU-2,B,PROMOTION,PRM-2,2026-06-01,2026-06-21,100.00,CNY\n");
    Files.writeString(dir.resolve("deductions.csv"), String.join(",", AccountMatching.DEDUCTION_COLUMNS) + "\n"
        + "DD-1,A,2026-06-28,PRM,PRM-1,2220.00,CNY\n"
        + "DD-1,B,2026-06-28,PRM,PRM-2,100.00,CNY\n");
    Path out = dir.resolve("out");
    DeductionMatchingJob.run(spark, dir.resolve("authorizations.csv").toString(),
        dir.resolve("deductions.csv").toString(), out.toString(), "csv");
    Map<String, Map<String, String>> results = SparkTesting.read(spark, out.resolve(DeductionMatchingJob.RESULTS), "csv",
        "deduction_id", "account_id");
    assertEquals("AU-1", results.get("DD-1|A").get("authorization_ids"));
    assertEquals("AU-2", results.get("DD-1|B").get("authorization_ids"));

    MatchingResult single = new DeductionMatcher(ReviewMatchingPolicy.of(Currencies.CNY)).match(List.of(
        Deduction.builder().id("DD-1").accountId("A").date(java.time.LocalDate.of(2026, 6, 28)).reasonCode("PRM")
            .reference("PRM-1").amount(org.javamoney.moneta.Money.of(2220, "CNY")).build(),
        Deduction.builder().id("DD-1").accountId("B").date(java.time.LocalDate.of(2026, 6, 28)).reasonCode("PRM")
            .reference("PRM-2").amount(org.javamoney.moneta.Money.of(100, "CNY")).build()), List.of());
    assertEquals(1, single.deductionResults().size());
    assertEquals(1, single.rejected().size());
  }
}
