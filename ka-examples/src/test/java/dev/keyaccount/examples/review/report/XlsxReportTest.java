package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxReportTest {

  private static List<Row> firstSheet(XlsxReport report) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.writeTo(bytes);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()),
        new ReadingOptions(true, false))) {
      return new ArrayList<>(workbook.getFirstSheet().read());
    }
  }

  @Test
  void figuresAreNumberCells_withThePrintedFormat_andTextStaysText() throws Exception {
    TextTable table = new TextTable("Sales", "account", ">amount", ">rate", ">count", ">points", ">note")
        .row("=1+1", "CNY 1,234,567.89", "22.5%", "1,200", "-3.5", "-")
        .row("B", "JPY 1,200", "+5.0%", "7", "+25.0", "YES");
    List<Row> rows = firstSheet(new XlsxReport().sheet("2. KPIs").note("2. KPIs").table(table));
    assertEquals("2. KPIs", rows.get(0).getCell(0).getRawValue());
    assertEquals("Sales", rows.get(1).getCell(0).getRawValue());
    Row a = rows.get(3);
    assertEquals("STRING", a.getCell(0).getType().name());
    assertEquals("=1+1", a.getCell(0).getRawValue());
    assertEquals(null, a.getCell(0).getFormula());
    assertNumber(a.getCell(1), "1234567.89", "\"CNY \"#,##0.00");
    assertNumber(a.getCell(2), "0.225", "0.0%");
    assertNumber(a.getCell(3), "1200", "#,##0");
    assertNumber(a.getCell(4), "-3.5", "#,##0.0");
    assertEquals("STRING", a.getCell(5).getType().name());
    Row b = rows.get(4);
    assertNumber(b.getCell(1), "1200", "\"JPY \"#,##0");
    assertNumber(b.getCell(2), "0.05", "0.0%");
    assertNumber(b.getCell(4), "25", "#,##0.0");
  }

  private static void assertNumber(Cell cell, String value, String format) {
    assertEquals("NUMBER", cell.getType().name(), cell.toString());
    assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(cell.getRawValue())), cell.toString());
    assertEquals(format, cell.getDataFormatString(), cell.toString());
  }

  @Test
  void sheetNames_areCutCleanedAndUnique() {
    XlsxReport report = new XlsxReport().sheet("6. Deductions, aging and DSO (扣款核对、账龄)")
        .sheet("6. Deductions, aging and DSO (扣款核对、账龄)").sheet("a/b:c*d?e[f]g\\h").sheet("   ");
    List<String> names = report.sheetNames();
    assertEquals("6. Deductions, aging and DSO (扣", names.get(0));
    assertEquals("6. Deductions, aging and DS (2)", names.get(1));
    assertEquals("a b c d e f g h", names.get(2));
    assertEquals("Sheet 4", names.get(3));
    names.forEach(n -> assertTrue(n.length() <= XlsxReport.MAX_SHEET_NAME, n));
  }

  @Test
  void aTableNeedsASheet() {
    assertThrows(IllegalStateException.class, () -> new XlsxReport().note("x"));
  }
}
