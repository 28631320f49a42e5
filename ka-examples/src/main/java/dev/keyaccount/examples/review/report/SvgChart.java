package dev.keyaccount.examples.review.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG: horizontal bars with their labels and printed values, or lines
 * over categories with a legend; an axis with round ticks from zero (or the smallest negative value)
 * and the unit under it. The output depends only on the chart (fixed formats, {@link Locale#ROOT}), so
 * the same figures give the same bytes. Every text is made terminal-safe by {@link ConsoleText#safe}
 * and then escaped, long labels are cut to {@link #MAX_LABEL_CHARS} characters (the full label is in
 * the bar's tooltip), and a chart with more bars than it keeps says how many more there are.
 */
public final class SvgChart {

  /** The width of every chart, in pixels. */
  public static final int WIDTH = 760;

  /** Characters of a label drawn beside a bar or under a category; the tooltip has the whole label. */
  public static final int MAX_LABEL_CHARS = 24;

  private static final Escaper XML = HtmlEscapers.htmlEscaper();
  private static final String[] COLORS = {"#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6",
      "#a5a5a5", "#843c0c"};
  private static final int BAR_ROW = 22;
  private static final int LABEL_WIDTH = 190;
  private static final int VALUE_WIDTH = 150;
  private static final int TOP = 16;
  private static final int AXIS = 44;

  private SvgChart() {}

  /**
   * Draws a chart.
   *
   * @param chart the chart
   * @return the {@code <svg>} element, with the chart's id and a {@code <title>}
   */
  public static String svg(Chart chart) {
    return chart.kind() == Chart.Kind.BAR ? bars(chart) : lines(chart);
  }

  private static String bars(Chart chart) {
    List<Chart.Point> bars = chart.bars();
    double lo = 0;
    double hi = 0;
    for (Chart.Point p : bars) {
      lo = Math.min(lo, p.value());
      hi = Math.max(hi, p.value());
    }
    if (chart.reference() != null) {
      lo = Math.min(lo, chart.reference());
      hi = Math.max(hi, chart.reference());
    }
    Scale scale = Scale.of(lo, hi);
    int plotLeft = LABEL_WIDTH;
    int plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    int rows = Math.max(1, bars.size()) + (chart.omitted() > 0 ? 1 : 0);
    int plotHeight = rows * BAR_ROW;
    int height = TOP + plotHeight + AXIS;
    StringBuilder svg = open(chart, height);
    xAxis(svg, scale, plotLeft, plotWidth, TOP, plotHeight, chart.unit());
    double zero = plotLeft + scale.position(0) * plotWidth;
    for (int i = 0; i < bars.size(); i++) {
      Chart.Point p = bars.get(i);
      double y = TOP + i * BAR_ROW;
      double end = plotLeft + scale.position(p.value()) * plotWidth;
      double x = Math.min(zero, end);
      double w = Math.abs(end - zero);
      svg.append("<g class=\"bar\"><title>").append(text(p.label() + ": " + p.shown())).append("</title>")
          .append("<text x=\"").append(plotLeft - 6).append("\" y=\"").append(fmt(y + 15))
          .append("\" text-anchor=\"end\">").append(text(cut(p.label()))).append("</text>")
          .append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 3)).append("\" width=\"")
          .append(fmt(w)).append("\" height=\"").append(BAR_ROW - 6).append("\" fill=\"").append(COLORS[0])
          .append("\"/>")
          .append("<text x=\"").append(fmt(Math.max(zero, end) + 4)).append("\" y=\"").append(fmt(y + 15))
          .append("\">").append(text(p.shown())).append("</text></g>\n");
    }
    if (chart.omitted() > 0) {
      svg.append("<text class=\"more\" x=\"").append(plotLeft).append("\" y=\"")
          .append(fmt(TOP + bars.size() * BAR_ROW + 15)).append("\">").append(chart.omitted()).append(" more not shown")
          .append("</text>\n");
    }
    if (chart.reference() != null) {
      double rx = plotLeft + scale.position(chart.reference()) * plotWidth;
      svg.append("<line class=\"reference\" x1=\"").append(fmt(rx)).append("\" y1=\"").append(TOP - 4)
          .append("\" x2=\"").append(fmt(rx)).append("\" y2=\"").append(TOP + plotHeight)
          .append("\" stroke=\"#c00000\" stroke-dasharray=\"4 3\"><title>").append(text(chart.referenceLabel()))
          .append("</title></line>\n");
    }
    return svg.append("</svg>").toString();
  }

  private static String lines(Chart chart) {
    List<String> categories = chart.categories();
    List<Chart.Series> series = chart.series();
    double lo = 0;
    double hi = 0;
    for (Chart.Series s : series) {
      for (Chart.Point p : s.points()) {
        lo = Math.min(lo, p.value());
        hi = Math.max(hi, p.value());
      }
    }
    Scale scale = Scale.of(lo, hi);
    int plotLeft = 110;
    int plotWidth = WIDTH - plotLeft - 30;
    int plotTop = TOP + 22 * ((series.size() + 3) / 4);
    int plotHeight = 240;
    int height = plotTop + plotHeight + AXIS + 10;
    StringBuilder svg = open(chart, height);
    for (int i = 0; i < series.size(); i++) {
      int lx = plotLeft + (i % 4) * 150;
      int ly = TOP + 22 * (i / 4);
      svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(COLORS[i % COLORS.length]).append("\"/><text x=\"").append(lx + 16).append("\" y=\"")
          .append(ly + 11).append("\">").append(text(cut(series.get(i).name()))).append("</text>\n");
    }
    for (BigDecimal tick : scale.ticks()) {
      double y = plotTop + plotHeight - scale.position(tick.doubleValue()) * plotHeight;
      svg.append("<line x1=\"").append(plotLeft).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
          .append(plotLeft + plotWidth).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#ddd\"/>")
          .append("<text x=\"").append(plotLeft - 6).append("\" y=\"").append(fmt(y + 4))
          .append("\" text-anchor=\"end\">").append(tickLabel(tick)).append("</text>\n");
    }
    double step = categories.size() > 1 ? (double) plotWidth / (categories.size() - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(categories.size() / 12.0));
    for (int i = 0; i < categories.size(); i++) {
      if (i % every == 0) {
        svg.append("<text x=\"").append(fmt(plotLeft + i * step)).append("\" y=\"").append(plotTop + plotHeight + 16)
            .append("\" text-anchor=\"middle\">").append(text(cut(categories.get(i)))).append("</text>\n");
      }
    }
    svg.append("<text x=\"").append(plotLeft + plotWidth / 2).append("\" y=\"").append(plotTop + plotHeight + 36)
        .append("\" text-anchor=\"middle\" class=\"unit\">").append(text(chart.unit())).append("</text>\n");
    for (int s = 0; s < series.size(); s++) {
      String color = COLORS[s % COLORS.length];
      StringBuilder path = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      List<Chart.Point> points = series.get(s).points();
      for (int i = 0; i < points.size(); i++) {
        double x = plotLeft + i * step;
        double y = plotTop + plotHeight - scale.position(points.get(i).value()) * plotHeight;
        path.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" fill=\"")
            .append(color).append("\"><title>").append(text(series.get(s).name() + ", " + categories.get(i) + ": "
                + points.get(i).shown())).append("</title></circle>");
      }
      svg.append("<g class=\"series\"><polyline fill=\"none\" stroke=\"").append(color)
          .append("\" stroke-width=\"2\" points=\"").append(path).append("\"/>").append(dots).append("</g>\n");
    }
    long more = chart.omitted() + chart.omittedSeries();
    if (more > 0) {
      svg.append("<text class=\"more\" x=\"").append(plotLeft).append("\" y=\"").append(height - 4).append("\">")
          .append(chart.omitted() > 0 ? chart.omitted() + " more categories" : "")
          .append(chart.omitted() > 0 && chart.omittedSeries() > 0 ? ", " : "")
          .append(chart.omittedSeries() > 0 ? chart.omittedSeries() + " more series" : "").append(" not shown</text>\n");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(Chart chart, int height) {
    return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(chart.id()).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
        .append(chart.id()).append("-title\" font-size=\"12\">\n<title id=\"").append(chart.id()).append("-title\">")
        .append(text(chart.title())).append("</title>\n");
  }

  private static void xAxis(StringBuilder svg, Scale scale, int left, int width, int top, int height, String unit) {
    for (BigDecimal tick : scale.ticks()) {
      double x = left + scale.position(tick.doubleValue()) * width;
      svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(top).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(top + height).append("\" stroke=\"#ddd\"/>")
          .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(top + height + 14)
          .append("\" text-anchor=\"middle\">").append(tickLabel(tick)).append("</text>\n");
    }
    svg.append("<text x=\"").append(left + width / 2).append("\" y=\"").append(top + height + 32)
        .append("\" text-anchor=\"middle\" class=\"unit\">").append(text(unit)).append("</text>\n");
  }

  /** An axis from {@code lo} to {@code hi} rounded out to whole steps of 1, 2 or 5 times a power of ten. */
  record Scale(double lo, double hi, BigDecimal step) {

    static Scale of(double lo, double hi) {
      if (hi - lo <= 0) {
        hi = lo + 1;
      }
      double raw = (hi - lo) / 5;
      double power = Math.pow(10, Math.floor(Math.log10(raw)));
      double fraction = raw / power;
      double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
      BigDecimal step = new BigDecimal(Double.toString(nice * power)).stripTrailingZeros();
      double s = step.doubleValue();
      return new Scale(Math.floor(lo / s) * s, Math.ceil(hi / s) * s, step);
    }

    double position(double value) {
      return (value - lo) / (hi - lo);
    }

    List<BigDecimal> ticks() {
      long first = Math.round(lo / step.doubleValue());
      long last = Math.round(hi / step.doubleValue());
      List<BigDecimal> ticks = new java.util.ArrayList<>();
      for (long i = first; i <= last; i++) {
        ticks.add(step.multiply(BigDecimal.valueOf(i)));
      }
      return ticks;
    }
  }

  /** A tick such as {@code 250,000} or {@code 0.5}: grouped, no trailing zeros. */
  static String tickLabel(BigDecimal tick) {
    BigDecimal value = tick.stripTrailingZeros();
    return Formats.number(value, Math.max(0, value.scale()));
  }

  /** The label, or its first characters and an ellipsis; never splits a surrogate pair. */
  static String cut(String label) {
    if (label.length() <= MAX_LABEL_CHARS) {
      return label;
    }
    int end = MAX_LABEL_CHARS - 1;
    if (Character.isHighSurrogate(label.charAt(end - 1))) {
      end--;
    }
    return label.substring(0, end) + "…";
  }

  private static String text(String value) {
    return XML.escape(ConsoleText.safe(value));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
