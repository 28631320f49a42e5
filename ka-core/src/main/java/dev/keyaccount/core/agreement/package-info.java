/** The annual agreement (年度协议) with an account: targets, trade investment and both sides' commitments. */
@KaStyle
package dev.keyaccount.core.agreement;

import dev.keyaccount.core.KaStyle;
