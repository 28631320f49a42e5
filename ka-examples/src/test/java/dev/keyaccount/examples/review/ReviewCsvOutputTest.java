package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.DEDUCTIONS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import dev.keyaccount.examples.review.report.IdList;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review's CSV results, read back with a CSV parser: ids survive, formulas do not run. */
class ReviewCsvOutputTest {

  @TempDir Path tmp;

  private static List<CSVRecord> read(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in)
            .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      return parser.getRecords();
    }
  }

  @Test
  void idsWithCommasQuotesAndLineBreaks_roundTrip() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER,
        "\"D,1\",K1,2026-03-15,PENALTY,,10.00,CNY",
        "\"D \"\"2\"\"\",K1,2026-03-16,PENALTY,,11.00,CNY",
        "\"D\n3\",K1,2026-03-17,PENALTY,,12.00,CNY");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    List<CSVRecord> rows = read(tmp.resolve("out/deduction-results.csv"));
    // Sorted by id (String order: line feed, space, comma).
    assertEquals(List.of("D\n3", "D \"2\"", "D,1"), rows.stream().map(r -> r.get("deduction_id"))
        .collect(Collectors.toList()));
    assertEquals("12.00", rows.get(0).get("disputed_amount"));
    assertEquals("CNY", rows.get(0).get("currency"));
  }

  @Test
  void formulaCells_arePrefixedWithAQuote_numbersStayNumbers() throws Exception {
    Path data = tmp.resolve("data");
    write(data, "deductions.csv", DEDUCTIONS_HEADER,
        "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",K1,2026-03-15,PENALTY,,10.00,CNY",
        "+SUM(A1),K1,2026-03-15,PENALTY,,10.00,CNY",
        "-2+3,K1,2026-03-15,PENALTY,,10.00,CNY",
        "@cmd,K1,2026-03-15,PENALTY,,10.00,CNY",
        "'@cmd,K1,2026-03-15,PENALTY,,10.00,CNY",
        "plain,K1,2026-03-15,PENALTY,,10.00,CNY");
    write(data, "accounts.csv", ACCOUNTS_HEADER, "=1+1,Chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    List<String> ids = read(tmp.resolve("out/deduction-results.csv")).stream().map(r -> r.get("deduction_id"))
        .sorted().collect(Collectors.toList());
    // An id that starts with a quote gets one more, so "@cmd" and "'@cmd" stay apart: strip one to read back.
    assertEquals(List.of("''@cmd", "'+SUM(A1)", "'-2+3", "'=HYPERLINK(\"http://evil\",\"x\")", "'@cmd", "plain"), ids);
    CSVRecord account = read(tmp.resolve("out/account-evaluations.csv")).get(0);
    assertEquals("'=1+1", account.get("account_id"));
    assertEquals("100.0", account.get("attractiveness"));
  }

  @Test
  void idListsWithSemicolonsAndBackslashes_readBackAsTheirIds() throws Exception {
    Path data = tmp.resolve("data");
    // D1 adds up to A;1 + A\2 (one claim, two authorizations); D2 has two candidates of its amount; D3 one.
    write(data, "authorizations.csv", ReviewRuns.AUTHORIZATIONS_HEADER,
        "A;1,K1,PROMOTION,,2026-03-01,2026-03-31,1000.00,CNY",
        "A\\2,K1,PROMOTION,,2026-03-01,2026-03-31,2000.00,CNY",
        "B;1,K1,DISPLAY_FEE,,2026-03-01,2026-03-31,500.00,CNY",
        "B;2,K1,DISPLAY_FEE,,2026-03-01,2026-03-31,500.00,CNY",
        "C;,K1,REBATE,,2026-03-01,2026-03-31,70.00,CNY");
    write(data, "deductions.csv", DEDUCTIONS_HEADER,
        "D1,K1,2026-04-06,PROMOTION,,3000.00,CNY",
        "D2,K1,2026-04-06,DISPLAY_FEE,,500.00,CNY",
        "D3,K1,2026-04-06,REBATE,,70.00,CNY");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    List<CSVRecord> rows = read(tmp.resolve("out/deduction-results.csv"));
    assertEquals("A\\;1;A\\\\2", rows.get(0).get("authorization_ids"));
    assertEquals(List.of("A;1", "A\\2"), IdList.split(rows.get(0).get("authorization_ids")));
    assertEquals("UNRESOLVED", rows.get(1).get("state"));
    assertEquals(List.of("B;1", "B;2"), IdList.split(rows.get(1).get("candidates")).stream().sorted().toList());
    assertEquals("C\\;", rows.get(2).get("authorization_ids"));
    assertEquals(List.of("C;"), IdList.split(rows.get(2).get("authorization_ids")));
  }
}
