/** Deduction matching (扣款核销): retailer deductions paired with the authorizations that justify them. */
@KaStyle
package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.KaStyle;
