package dev.keyaccount.examples.review.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxFilesTest {

  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  private static byte[] workbook(Consumer<Worksheet> cells) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet ws = workbook.newWorksheet("first");
    cells.accept(ws);
    workbook.newWorksheet("second").value(0, 0, "ignored");
    workbook.finish();
    return out.toByteArray();
  }

  private static List<CsvRow> read(byte[] bytes, List<String> required) {
    List<CsvRow> rows = new ArrayList<>();
    XlsxFiles.read("x.xlsx", new ByteArrayInputStream(bytes), required, QUIET, rows::add);
    return rows;
  }

  @Test
  void cellsReadAsTheTextACsvFileWouldHold() throws Exception {
    byte[] bytes = workbook(ws -> {
      ws.value(0, 0, "amount");
      ws.value(0, 1, "date");
      ws.value(0, 2, "flag");
      ws.value(0, 3, "name");
      ws.value(2, 0, 0.1 + 0.2);
      ws.value(2, 1, LocalDate.of(2026, 4, 30));
      ws.style(2, 1).format("d mmm yyyy").set();
      ws.value(2, 2, true);
      ws.value(2, 3, " 客户 A ");
      ws.value(4, 0, 1.5e-7);
      ws.value(4, 3, "x");
    });
    List<CsvRow> rows = read(bytes, List.of("amount", "date"));
    assertEquals(2, rows.size(), "empty rows are skipped");
    CsvRow first = rows.get(0);
    assertEquals(3, first.line(), "the sheet's row number");
    assertEquals("0.3", first.text("amount"), "15 significant digits, as Excel shows it");
    assertEquals(LocalDate.of(2026, 4, 30), first.boundedDate("date"));
    assertEquals("TRUE", first.text("flag"));
    assertEquals("客户 A", first.text("name"));
    assertEquals("0.00000015", rows.get(1).text("amount"), "plain notation");
    assertEquals("", rows.get(1).optionalText("date"));
  }

  @Test
  void aDateShownWithoutItsDay_isItsMonth() throws Exception {
    byte[] bytes = workbook(ws -> {
      ws.value(0, 0, "month");
      ws.value(1, 0, LocalDate.of(2026, 4, 1));
      ws.style(1, 0).format("mmm-yy").set();
    });
    assertEquals(java.time.YearMonth.of(2026, 4), read(bytes, List.of("month")).get(0).month("month"));
  }

  @Test
  void aSerialBeyondAnyDate_inADateCell_isReadAsTheNumber_andRefusedAsADate() throws Exception {
    // 1E10 days and -1E10 days shown as dates: no date at all; read as the number a CSV would hold.
    byte[] bytes = workbook(ws -> {
      ws.value(0, 0, "date");
      ws.value(1, 0, 1e10);
      ws.style(1, 0).format("yyyy-mm-dd").set();
      ws.value(2, 0, -1e10);
      ws.style(2, 0).format("yyyy-mm-dd").set();
    });
    List<CsvRow> rows = read(bytes, List.of("date"));
    assertEquals("10000000000", rows.get(0).text("date"));
    assertEquals("-10000000000", rows.get(1).text("date"));
    InputException e = assertThrows(InputException.class, () -> rows.get(0).boundedDate("date"));
    assertEquals("x.xlsx line 2, column 'date', value '10000000000': expected an ISO date yyyy-MM-dd", e.getMessage());
  }

  @Test
  void aPartExpandingMoreThanAHundredTimes_isRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // A sheet of 101 MB of one repeated character, some 100 KB zipped: refused from the zip's directory,
    // before the reader would hold the cell.
    Path file = dir.resolve("deductions.xlsx");
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] chunk = new byte[1024 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 101; i++) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    InputException e = assertThrows(InputException.class, () -> XlsxFiles.read(file, List.of(), QUIET, row -> { }));
    assertTrue(e.getMessage().startsWith("deductions.xlsx: its part xl/worksheets/sheet1.xml expands from "),
        e.getMessage());
    assertTrue(e.getMessage().contains(" to 105906176 bytes, more than 100 times"), e.getMessage());
  }

  @Test
  void aNumberCellTheReaderCannotDecode_isAnInputError() throws Exception {
    // A sheet whose amount cell holds <v>5x</v>, in row 5 after empty rows 3 and 4: exit 2 naming the row
    // the sheet numbers 5 and the column, not exit 1.
    byte[] bytes;
    try (java.io.InputStream in = XlsxFilesTest.class.getResourceAsStream("damaged-number-cell.xlsx")) {
      bytes = in.readAllBytes();
    }
    InputException e = assertThrows(InputException.class, () -> read(bytes, List.of("amount")));
    assertEquals("x.xlsx line 5, column 'amount', value '5x': the cell's value does not read as the kind of cell it is"
        + " saved as (a number cell holding text?); enter the value again", e.getMessage());
  }

  @Test
  void aHeaderWithoutARequiredColumn_isNamed() throws Exception {
    byte[] bytes = workbook(ws -> ws.value(0, 0, "amount"));
    assertEquals("x.xlsx line 1, column 'date': missing column; the header must name [amount, date]",
        assertThrows(InputException.class, () -> read(bytes, List.of("amount", "date"))).getMessage());
  }

  @Test
  void aNumberInTheHeader_isAnError() throws Exception {
    byte[] bytes = workbook(ws -> ws.value(0, 0, 2026));
    assertEquals("x.xlsx line 1, value '2026': the header row must hold column names as text",
        assertThrows(InputException.class, () -> read(bytes, List.of())).getMessage());
  }

  @Test
  void anEmptySheet_isAnError() throws Exception {
    byte[] bytes = workbook(ws -> { });
    assertEquals("x.xlsx line 1: the first sheet is empty; it needs a header row naming [amount]",
        assertThrows(InputException.class, () -> read(bytes, List.of("amount"))).getMessage());
  }

  @Test
  void columnLetters() {
    assertEquals(List.of("A", "Z", "AA", "AZ", "ZZ", "AAA"), List.of(XlsxFiles.columnLetters(0),
        XlsxFiles.columnLetters(25), XlsxFiles.columnLetters(26), XlsxFiles.columnLetters(51),
        XlsxFiles.columnLetters(701), XlsxFiles.columnLetters(702)));
  }
}
