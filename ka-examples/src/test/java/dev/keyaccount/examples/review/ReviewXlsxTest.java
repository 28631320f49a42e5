package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.ACCOUNTS_HEADER;
import static dev.keyaccount.examples.review.ReviewRuns.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import dev.keyaccount.examples.review.Workbooks.Read;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review reads {@code .xlsx} workbooks in place of its CSV files, and writes {@code review.xlsx}. */
class ReviewXlsxTest {

  private static List<String> cells(String line) {
    return new ArrayList<>(Arrays.asList(line.split(",", -1)));
  }

  private static Path accountsWorkbook(Path folder, boolean typed, String... lines) throws Exception {
    Files.createDirectories(folder);
    List<List<String>> rows = new ArrayList<>();
    rows.add(cells(ACCOUNTS_HEADER));
    Stream.of(lines).map(ReviewXlsxTest::cells).forEach(rows::add);
    return Workbooks.write(folder.resolve("accounts.xlsx"), rows, typed);
  }

  @Test
  void theSampleAsWorkbooks_givesTheSameReviewAsTheSampleAsCsv(@TempDir Path tmp) throws Exception {
    Path csv = ReviewSampleFilesTest.copySample(tmp.resolve("csv"));
    Path xlsx = Files.createDirectories(tmp.resolve("xlsx"));
    for (String name : ReviewSampleFilesTest.SAMPLE_FILES) {
      Workbooks.fromCsv(csv.resolve(name), xlsx.resolve(ReviewInput.workbook(name)));
    }
    Run fromCsv = review("--data", csv.toString(), "--out", tmp.resolve("out-csv").toString());
    Run fromXlsx = review("--data", xlsx.toString(), "--out", tmp.resolve("out-xlsx").toString());
    assertEquals(0, fromXlsx.status(), fromXlsx.err());
    String wrote = "\nWrote ";
    // The same console, but for the workbooks' names (and the widths of the columns that show them).
    assertEquals(fromCsv.out().substring(0, fromCsv.out().lastIndexOf(wrote)).replace(csv.toString(), "DATA")
            .replaceAll(" +", " ").replaceAll("-{2,}", "-"),
        fromXlsx.out().substring(0, fromXlsx.out().lastIndexOf(wrote)).replace(xlsx.toString(), "DATA")
            .replace(".xlsx", ".csv").replaceAll(" +", " ").replaceAll("-{2,}", "-"));
    for (String name : List.of(Review.EVALUATIONS, "deduction-results.csv", "open-deductions.csv")) {
      assertEquals(Files.readString(tmp.resolve("out-csv").resolve(name)),
          Files.readString(tmp.resolve("out-xlsx").resolve(name)), name);
    }
    // A line the library rejects is named by the file it was read from, the workbook.
    String rejected = Files.readString(tmp.resolve("out-xlsx").resolve(Review.REJECTED));
    assertTrue(rejected.contains("\ndeductions.xlsx,16,DD-15,"), rejected);
    assertEquals(Files.readString(tmp.resolve("out-csv").resolve(Review.REJECTED)), rejected.replace(".xlsx,", ".csv,"));
  }

  @Test
  void reviewXlsx_hasASheetPerSection_withFiguresAsNumbers(@TempDir Path tmp) throws Exception {
    Run run = review("--out", tmp.toString());
    assertEquals(0, run.status(), run.err());
    Map<String, List<List<Read>>> sheets = Workbooks.read(tmp.resolve(Review.WORKBOOK));
    List<String> names = new ArrayList<>(sheets.keySet());
    assertEquals(11, names.size(), names.toString());
    for (int i = 1; i <= 11; i++) {
      assertTrue(names.get(i - 1).startsWith(i + ". ") && names.get(i - 1).length() <= 31, names.toString());
    }
    // Section 2, the sales table: account A's target CNY 1,000,000.00 and achievement 101.0% are numbers.
    List<List<Read>> kpis = sheets.get(names.get(1));
    List<Read> a = kpis.stream().filter(r -> r.size() > 3 && r.get(0).text().equals("A")
        && r.get(1).type().equals("NUMBER")).findFirst().orElseThrow();
    assertEquals("NUMBER", a.get(3).type());
    assertEquals(0, new BigDecimal("1000000").compareTo(new BigDecimal(a.get(1).text())), a.toString());
    assertEquals(0, new BigDecimal("1.01").compareTo(new BigDecimal(a.get(3).text())), a.toString());
    List<List<Read>> accounts = sheets.get(names.get(0));
    assertTrue(accounts.stream().anyMatch(r -> r.size() == 10 && r.get(0).equals(new Read("STRING", "account"))),
        "the header row is text");
  }

  @Test
  void aTextCellThatLooksLikeAFormula_isWrittenAsText(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    ReviewRuns.write(data, "accounts.csv", ACCOUNTS_HEADER,
        "X1,=HYPERLINK(\"http://evil\"),CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    List<Read> row = Workbooks.read(tmp.resolve("out").resolve(Review.WORKBOOK)).values().iterator().next().stream()
        .filter(r -> r.size() > 1 && r.get(0).text().equals("X1") && r.get(1).text().startsWith("=")).findFirst()
        .orElseThrow();
    assertEquals(new Read("STRING", "=HYPERLINK(\"http://evil\")"), row.get(1));
  }

  @Test
  void aFormulaWithItsSavedValue_isReadAsThatValue(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Path book = accountsWorkbook(data, true, "X1,Star chain,CNY,=100*6000,0.2,30,22%,40%,20,OUTSTANDING");
    Workbooks.saveFormulaValues(book, "600000");
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(tmp.resolve("out").resolve(Review.EVALUATIONS)).contains("X1,100.0,100.0,STAR,"),
        run.out());
  }

  @Test
  void aFormulaWithoutASavedValue_isAnInputError(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    accountsWorkbook(data, true, "X1,Star chain,CNY,=100*6000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", data.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("accounts.xlsx line 2, column 'annual_sales', value '=100*6000': a formula without"
        + " a saved value"), run.err());
  }

  @Test
  void aBadCell_isReportedWithItsRowAndColumn(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    accountsWorkbook(data, true, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING",
        "X2,Bad chain,CNY,lots,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", data.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("accounts.xlsx line 3, column 'annual_sales', value 'lots': expected a plain"
        + " decimal such as 1234.50"), run.err());
  }

  @Test
  void aCellRightOfTheHeader_isAnInputError(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    accountsWorkbook(data, true, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING,extra");
    Run run = review("--data", data.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("accounts.xlsx line 2, value 'extra': a cell in column K, right of the header's"
        + " last column J"), run.err());
  }

  @Test
  void anUnnamedColumnBetweenNamedOnes_isAnInputError_asInACsvFile(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    List<String> header = cells(ACCOUNTS_HEADER);
    header.add(4, "");
    List<String> line = cells("X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    line.add(4, "");
    Workbooks.write(data.resolve("accounts.xlsx"), List.of(header, line), true);
    Run run = review("--data", data.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("accounts.xlsx line 1: the header's column 5 has no name (only columns after the"
        + " last named one may be unnamed)"), run.err());
  }

  @Test
  void unnamedColumnsAfterTheNamedOnes_areIgnored_asInACsvFile(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    // The header's last two cells hold a space: unnamed columns the sheet has (an empty cell is none).
    List<String> header = cells(ACCOUNTS_HEADER + ", , ");
    List<String> line = cells("X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING,note,");
    Workbooks.write(data.resolve("accounts.xlsx"), List.of(header, line), true);
    Run run = review("--data", data.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(tmp.resolve("out").resolve("account-evaluations.csv")).contains("\nX1,"));
  }

  @Test
  void aCsvFileAndItsWorkbookTogether_isAnInputError(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    accountsWorkbook(data, true, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    ReviewRuns.write(data, "accounts.csv", ACCOUNTS_HEADER, "X1,Star chain,CNY,600000,0.2,30,22%,40%,20,OUTSTANDING");
    Run run = review("--data", data.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("accounts.csv and accounts.xlsx: both are in " + data), run.err());
  }

  @Test
  void notAWorkbook_isAnInputError(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    ReviewRuns.write(data, "accounts.xlsx", ACCOUNTS_HEADER);
    Run run = review("--data", data.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().contains("accounts.xlsx: is not a readable .xlsx workbook"), run.err());
  }
}
