/** From trade spend accrual to settlement (费用核销): accruals as authorizations, claims, payments, open and over-claimed amounts. */
@KaStyle
package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.KaStyle;
