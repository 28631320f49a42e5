package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void thePageStaysUnder2MB_atAnySize() {
    HtmlReport page = new HtmlReport("Review");
    for (int t = 0; t < 40; t++) {
      page.heading("Section " + t);
      TextTable table = new TextTable("Table " + t, "account", ">amount", "note");
      for (int i = 0; i < TextTable.STORED_ROWS; i++) {
        table.row("客户-" + i, "CNY 1,000,000.00", "账龄".repeat(20));
      }
      page.table(table);
      Chart chart = Chart.bars("c" + t, "Chart " + t, "CNY");
      for (int i = 0; i < 200; i++) {
        chart.bar("store " + i, i, "CNY " + i);
      }
      page.chart(chart);
    }
    String html = page.render();
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < HtmlReport.MAX_PAGE_BYTES, bytes + " bytes");
    assertTrue(html.contains("left out to keep this page under 2 MB"), "says what was left out");
    assertTrue(html.contains("<h2>Section 39</h2>"), "every heading stays");
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void chartsKeepTheirIds_andARepeatedIdGetsANumber() {
    HtmlReport page = new HtmlReport("Review");
    page.chart(Chart.bars("aging-CNY", "Aging", "CNY").bar("0-30", 1, "1"));
    page.chart(Chart.bars("aging-CNY", "Aging again", "CNY").bar("0-30", 2, "2"));
    page.chart(Chart.bars("empty", "Nothing", "CNY"));
    assertEquals(Set.of("chart-aging-cny", "chart-aging-cny-2"), page.chartIds());
    String html = page.render();
    assertTrue(html.contains("id=\"chart-aging-cny-2\"") && html.contains("\"chart-aging-cny-2-title\""), html);
    assertFalse(html.contains("chart-empty"), "an empty chart is not drawn");
  }

  @Test
  void theStyleNamesCjkFonts_andTheScriptIsInline() {
    String html = new HtmlReport("Review").render();
    assertTrue(html.contains("\"PingFang SC\"") && html.contains("\"Microsoft YaHei\"")
        && html.contains("\"Noto Sans CJK SC\"") && html.contains("sans-serif"), html);
    assertTrue(html.contains("<script>\n") && html.contains("data-charts-drawn"), html);
    assertFalse(html.contains("src=") || html.contains("href=") || html.contains("<link") || html.contains("@import"));
  }
}
