/** Tiered rebates (阶梯返利) over a period, stepped or retroactive, with interim and final settlements. */
@KaStyle
package dev.keyaccount.planning.rebate;

import dev.keyaccount.core.KaStyle;
