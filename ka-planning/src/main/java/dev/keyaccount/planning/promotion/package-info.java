/** Promotion economics (促销效益): break-even point (赢亏平衡点), post-event evaluation and the promotion calendar. */
@KaStyle
package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.KaStyle;
