/** Receivables aging (账龄分析): open items in configurable half-open overdue buckets, per account and in total. */
@KaStyle
package dev.keyaccount.receivables.aging;

import dev.keyaccount.core.KaStyle;
