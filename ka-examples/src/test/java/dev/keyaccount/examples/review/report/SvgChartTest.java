package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void bars_haveTheirLabelsValuesTitleAndAxis() {
    String svg = SvgChart.svg(Chart.bars("aging-CNY", "Aging 账龄, CNY", "CNY")
        .bar("0-30", 1200, "CNY 1,200.00").bar("31-60", 300, "CNY 300.00"));
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-aging-cny\""), svg);
    assertTrue(svg.contains("<title id=\"chart-aging-cny-title\">Aging 账龄, CNY</title>"), svg);
    assertEquals(2, count(svg, "<rect "), svg);
    assertTrue(svg.contains(">CNY 1,200.00<") && svg.contains(">31-60<"), svg);
    // Round ticks from zero past the largest value, and the unit under the axis.
    assertTrue(svg.contains(">0<") && svg.contains(">1,500<") && svg.contains(">CNY</text>"), svg);
    assertTrue(svg.endsWith("</svg>"));
  }

  @Test
  void textIsEscaped_andControlsRemoved() {
    String svg = SvgChart.svg(Chart.bars("x", "<script>alert(1)</script>", "a&b")
        .bar("<b>\u001b[31m\u202Eevil", 1, "\"1\""));
    assertFalse(svg.contains("<script>") || svg.contains("<b>") || svg.contains("\u001b") || svg.contains("\u202E"), svg);
    assertTrue(svg.contains("&lt;script&gt;") && svg.contains("a&amp;b") && svg.contains("&quot;1&quot;"), svg);
  }

  @Test
  void longLabelsAreCut_withTheWholeLabelInTheTooltip() {
    String label = "Hypermarket chain with a very long name";
    String svg = SvgChart.svg(Chart.bars("x", "t", "u").bar(label, 5, "5"));
    assertTrue(svg.contains("<title>" + label + ": 5</title>"), svg);
    assertTrue(svg.contains(">" + label.substring(0, SvgChart.MAX_LABEL_CHARS - 1) + "…<"), svg);
  }

  @Test
  void cuttingALabel_neverSplitsACharacter() {
    String label = "a".repeat(SvgChart.MAX_LABEL_CHARS - 2) + "😀😀";
    String cut = SvgChart.cut(label);
    assertEquals("a".repeat(SvgChart.MAX_LABEL_CHARS - 2) + "…", cut);
  }

  @Test
  void atMost50Bars_andTheRestCounted() {
    Chart chart = Chart.bars("stores", "t", "CNY");
    for (int i = 0; i < 1_000; i++) {
      chart.bar("store " + i, i, String.valueOf(i));
    }
    String svg = SvgChart.svg(chart);
    assertEquals(Chart.MAX_BARS, count(svg, "<g class=\"bar\">"));
    assertTrue(svg.contains(">950 more not shown<"), svg);
    assertTrue(svg.length() < 30_000, svg.length() + " characters");
  }

  @Test
  void negativeValues_drawLeftOfZero() {
    String svg = SvgChart.svg(Chart.bars("x", "t", "points").bar("down", -5, "-5").bar("up", 10, "10"));
    assertTrue(svg.contains(">-5<") && svg.contains(">10<"), svg);
    assertFalse(svg.contains("width=\"-"), svg);
  }

  @Test
  void lines_haveOnePolylinePerSeries_andALegend() {
    List<String> months = List.of("2026-01", "2026-02", "2026-03");
    List<Chart.Point> sales = new ArrayList<>();
    List<Chart.Point> target = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sales.add(new Chart.Point(months.get(i), 100 * (i + 1), "CNY " + 100 * (i + 1)));
      target.add(new Chart.Point(months.get(i), 150, "CNY 150"));
    }
    String svg = SvgChart.svg(Chart.lines("monthly-sales-CNY", "Monthly", "CNY", months).series("sales", sales)
        .series("target", target));
    assertEquals(2, count(svg, "<polyline "), svg);
    assertEquals(6, count(svg, "<circle "), svg);
    assertTrue(svg.contains(">sales<") && svg.contains(">target<") && svg.contains(">2026-02<"), svg);
    assertTrue(svg.contains("<title>sales, 2026-03: CNY 300</title>"), svg);
  }

  @Test
  void aSeriesNeedsAValuePerCategory_andKindsDoNotMix() {
    Chart lines = Chart.lines("x", "t", "u", List.of("a", "b"));
    assertEquals("Argument 'values' must have 2 points but has 1",
        assertThrows(IllegalArgumentException.class, () -> lines.series("s", List.of(new Chart.Point("a", 1, "1"))))
            .getMessage());
    assertThrows(IllegalStateException.class, () -> lines.bar("a", 1, "1"));
    assertThrows(IllegalStateException.class, () -> Chart.bars("x", "t", "u").series("s", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Chart.Point("a", Double.NaN, "NaN"));
  }

  @Test
  void idsAreSafe() {
    assertEquals("chart-budget---", Chart.bars("budget\"<>", "t", "u").id());
    assertEquals("chart-x", Chart.bars("chart-x", "t", "u").id());
  }

  @Test
  void sameChart_sameBytes() {
    qt().forAll(integers().between(0, 80), doubles().between(-1e12, 1e12)).checkAssert((n, v) -> {
      Chart a = Chart.bars("x", "t", "u");
      Chart b = Chart.bars("x", "t", "u");
      for (int i = 0; i < n; i++) {
        a.bar("l" + i, v * i, "s");
        b.bar("l" + i, v * i, "s");
      }
      String svg = SvgChart.svg(a);
      assertEquals(svg, SvgChart.svg(b));
      assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
    });
  }

  @Test
  void scale_coversTheValues_withRoundTicks() {
    qt().forAll(doubles().between(-1e9, 0), doubles().between(0, 1e9)).checkAssert((lo, hi) -> {
      SvgChart.Scale scale = SvgChart.Scale.of(lo, hi);
      assertTrue(scale.lo() <= lo && scale.hi() >= hi, scale.toString());
      assertTrue(scale.ticks().size() >= 2 && scale.ticks().size() <= 12, scale.ticks().toString());
      BigDecimal unscaled = scale.step().movePointRight(scale.step().scale()).stripTrailingZeros();
      assertTrue(List.of("1", "2", "5", "1E+1").contains(unscaled.toString()), scale.step().toString());
    });
  }
}
