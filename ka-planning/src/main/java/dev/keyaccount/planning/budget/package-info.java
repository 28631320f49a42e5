/** Budget allocation by the expense-first principle (费用从优原则): fixed fees first, then stores by input/output ratio (投产比). */
@KaStyle
package dev.keyaccount.planning.budget;

import dev.keyaccount.core.KaStyle;
