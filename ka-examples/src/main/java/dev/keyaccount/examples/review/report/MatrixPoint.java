package dev.keyaccount.examples.review.report;

import java.math.BigDecimal;

/**
 * One account on the classification matrix: its label, attractiveness and support points (0–100) and
 * quadrant name.
 *
 * @param label the account label
 * @param attractiveness the attractiveness points, the x axis
 * @param support the support points, the y axis
 * @param quadrant the quadrant name
 */
public record MatrixPoint(String label, BigDecimal attractiveness, BigDecimal support, String quadrant) {}
