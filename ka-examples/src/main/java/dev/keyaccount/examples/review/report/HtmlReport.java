package dev.keyaccount.examples.review.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review as one self-contained HTML page: no external resources, the tables of the console report,
 * and an inline SVG of the classification matrix (attractiveness × support, split at 50, the four
 * quadrants named, each account a labelled point). Bounded: each table shows its first
 * {@link TextTable#STORED_ROWS} rows and says how many more are in which CSV file, and the matrix plots
 * the first {@link #MAX_POINTS} accounts. Charts ({@link Chart}, drawn by {@link SvgChart}) are inline SVG
 * too. The whole page stays under {@link #MAX_PAGE_BYTES} at any input size: a table or chart that
 * would take the page past it is left out, and a note says how many were and where the figures are.
 * The style names CJK fonts so that Chinese labels draw on any system. An inline script (no external
 * resource) marks the page with the number of charts drawn, and shows an error line naming any chart
 * that the browser drew empty. Every text is HTML-escaped after {@link ConsoleText#safe}.
 */
public final class HtmlReport {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final int SIZE = 420;
  private static final int MARGIN = 50;
  /** Accounts plotted on the matrix at most. */
  public static final int MAX_POINTS = TextTable.STORED_ROWS;

  /** The largest page written, in UTF-8 bytes. */
  public static final int MAX_PAGE_BYTES = 2_000_000;

  /** Room kept for the page's head, style, script and closing notes. */
  private static final int RESERVED_BYTES = 20_000;

  /** The class of the line the page's script shows when a chart is not drawn. */
  public static final String CHART_ERROR = "chart-error";

  private final String title;
  private final List<String> body = new ArrayList<>();
  private final java.util.Set<String> ids = new java.util.HashSet<>();
  private long bytes;
  private long leftOut;

  /**
   * Creates a report.
   *
   * @param title the page title
   */
  public HtmlReport(String title) {
    this.title = title;
  }

  /**
   * Adds a section heading.
   *
   * @param heading the heading text
   * @return this report
   */
  public HtmlReport heading(String heading) {
    append("<h2>" + escape(heading) + "</h2>");
    return this;
  }

  /**
   * Adds a paragraph of text.
   *
   * @param text the text
   * @return this report
   */
  public HtmlReport paragraph(String text) {
    add("<p>" + escape(text) + "</p>");
    return this;
  }

  /**
   * Adds a table.
   *
   * @param table the table
   * @return this report
   */
  public HtmlReport table(TextTable table) {
    StringBuilder out = new StringBuilder();
    if (!table.title().isEmpty()) {
      out.append("<h3>").append(escape(table.title())).append("</h3>\n");
    }
    out.append("<table>\n<tr>");
    for (int i = 0; i < table.header().size(); i++) {
      out.append(table.isNumeric(i) ? "<th class=\"n\">" : "<th>").append(escape(table.header().get(i)))
          .append("</th>");
    }
    out.append("</tr>\n");
    for (List<String> row : table.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(table.isNumeric(i) ? "<td class=\"n\">" : "<td>").append(escape(row.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>");
    long more = table.rowCount() - table.rows().size();
    if (more > 0) {
      out.append("\n<p class=\"more\">").append(more).append(" more ").append(more == 1 ? "row" : "rows")
          .append(table.detailIn().isEmpty() ? "" : " in " + escape(table.detailIn())).append("</p>");
    }
    add(out.toString());
    return this;
  }

  /**
   * Adds a chart with its title as a heading; an empty chart adds nothing. A chart whose id is already
   * in the page gets a number after it.
   *
   * @param chart the chart
   * @return this report
   */
  public HtmlReport chart(Chart chart) {
    if (chart.isEmpty()) {
      return this;
    }
    String svg = SvgChart.svg(chart);
    String id = chart.id();
    for (int n = 2; !ids.add(id); n++) {
      id = chart.id() + "-" + n;
    }
    if (!id.equals(chart.id())) {
      svg = svg.replace("id=\"" + chart.id() + "\"", "id=\"" + id + "\"")
          .replace("\"" + chart.id() + "-title\"", "\"" + id + "-title\"");
    }
    add("<figure>\n<figcaption>" + escape(chart.title()) + "</figcaption>\n" + svg + "\n</figure>");
    return this;
  }

  /**
   * The ids of the charts added so far, the matrix included.
   *
   * @return the ids
   */
  public java.util.Set<String> chartIds() {
    return java.util.Set.copyOf(ids);
  }

  /**
   * Adds the classification matrix as an inline SVG.
   *
   * @param points the accounts to plot
   * @return this report
   */
  public HtmlReport matrix(List<MatrixPoint> points) {
    int full = SIZE + 2 * MARGIN;
    int mid = MARGIN + SIZE / 2;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(full).append("\" height=\"")
        .append(full).append("\" viewBox=\"0 0 ").append(full).append(' ').append(full)
        .append("\" role=\"img\" class=\"chart\" id=\"chart-matrix\" aria-labelledby=\"chart-matrix-title\">\n")
        .append("<title id=\"chart-matrix-title\">Account classification matrix</title>\n");
    String[][] quadrants = {
        {"Question mark 问题类", String.valueOf(MARGIN), String.valueOf(MARGIN), "#fdebd0"},
        {"Star 明星类", String.valueOf(mid), String.valueOf(MARGIN), "#d5f5e3"},
        {"Dog 瘦狗类", String.valueOf(MARGIN), String.valueOf(mid), "#f2d7d5"},
        {"Cash cow 金牛类", String.valueOf(mid), String.valueOf(mid), "#d6eaf8"}};
    // Support is the x axis (low left, high right), attractiveness the y axis (high at the top).
    for (String[] q : quadrants) {
      svg.append("<rect x=\"").append(q[1]).append("\" y=\"").append(q[2]).append("\" width=\"").append(SIZE / 2)
          .append("\" height=\"").append(SIZE / 2).append("\" fill=\"").append(q[3]).append("\" stroke=\"#888\"/>\n");
      svg.append("<text x=\"").append(Integer.parseInt(q[1]) + 8).append("\" y=\"").append(Integer.parseInt(q[2]) + 20)
          .append("\" font-size=\"14\" fill=\"#555\">").append(HTML.escape(q[0])).append("</text>\n");
    }
    svg.append("<text x=\"").append(mid).append("\" y=\"").append(full - 12)
        .append("\" text-anchor=\"middle\" font-size=\"13\">Support 支持度 (0–100) →</text>\n");
    svg.append("<text x=\"16\" y=\"").append(mid).append("\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 16 ")
        .append(mid).append(")\">Attractiveness 吸引力 (0–100) →</text>\n");
    for (MatrixPoint p : points.subList(0, Math.min(points.size(), MAX_POINTS))) {
      double x = MARGIN + p.support().doubleValue() / 100.0 * SIZE;
      double y = MARGIN + SIZE - p.attractiveness().doubleValue() / 100.0 * SIZE;
      svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"6\" fill=\"#1f4e79\"><title>").append(escape(p.label() + ": attractiveness "
              + Formats.points(p.attractiveness()) + ", support " + Formats.points(p.support()) + ", " + p.quadrant()))
          .append("</title></circle>\n");
      svg.append("<text x=\"").append(fmt(x + 9)).append("\" y=\"").append(fmt(y - 8))
          .append("\" font-size=\"13\" font-weight=\"bold\">").append(escape(p.label())).append("</text>\n");
    }
    svg.append("</svg>");
    if (points.size() > MAX_POINTS) {
      svg.append("\n<p class=\"more\">The matrix shows the first ").append(MAX_POINTS).append(" of ")
          .append(points.size()).append(" accounts; all are in account-evaluations.csv.</p>");
    }
    if (add(svg.toString())) {
      ids.add("chart-matrix");
    }
    return this;
  }

  /**
   * Renders the page.
   *
   * @return the complete HTML document
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(HTML.escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Hiragino Sans GB\",")
        .append("\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;")
        .append("margin:2em;color:#222;max-width:1100px}")
        .append("svg text{font-family:inherit}figure{margin:0.5em 0 1.5em}figcaption{font-weight:bold;margin:4px 0}")
        .append(".more{color:#555}.").append(CHART_ERROR).append("{color:#c00000;font-weight:bold}")
        .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}")
        .append("th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}")
        .append("th{background:#eef}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}")
        .append("h2{border-bottom:2px solid #1f4e79;padding-bottom:2px}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(HTML.escape(title)).append("</h1>\n");
    for (String part : body) {
      out.append(part).append('\n');
    }
    if (leftOut > 0) {
      out.append("<p class=\"more\">").append(leftOut).append(leftOut == 1 ? " table or chart was" : " tables or charts were")
          .append(" left out to keep this page under ").append(MAX_PAGE_BYTES / 1_000_000)
          .append(" MB; the console report and the CSV files have them.</p>\n");
    }
    out.append(SCRIPT).append("</body>\n</html>\n");
    return out.toString();
  }

  /** Marks the page with the charts drawn; names any chart the browser drew empty, and any script error. */
  private static final String SCRIPT = "<script>\n(function () {\n"
      + "  function fail(text) { var p = document.createElement('p'); p.className = '" + CHART_ERROR + "';"
      + " p.textContent = text; document.body.insertBefore(p, document.body.firstChild); }\n"
      + "  try {\n"
      + "    var drawn = 0, empty = [];\n"
      + "    document.querySelectorAll('svg.chart').forEach(function (svg) {\n"
      + "      var box = svg.getBBox();\n"
      + "      if (box.width > 0 && box.height > 0 && svg.querySelector('title')) { drawn++; } else { empty.push(svg.id); }\n"
      + "    });\n"
      + "    document.body.setAttribute('data-charts-drawn', String(drawn));\n"
      + "    if (empty.length > 0) { fail('Charts not drawn: ' + empty.join(', ')); }\n"
      + "  } catch (e) { fail('Chart check failed: ' + e); }\n"
      + "})();\n</script>\n";

  /** Adds a part that is always small (a heading). */
  private void append(String part) {
    body.add(part);
    bytes += utf8Length(part);
  }

  /** Adds a part if the page has room for it; otherwise counts it as left out. */
  private boolean add(String part) {
    long size = utf8Length(part) + 1;
    if (bytes + size > MAX_PAGE_BYTES - RESERVED_BYTES) {
      leftOut++;
      return false;
    }
    body.add(part);
    bytes += size;
    return true;
  }

  private static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /** Terminal-safe first (no control or bidi characters), then HTML-escaped. */
  private static String escape(String text) {
    return HTML.escape(ConsoleText.safe(text));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
