/** The national promotion procedure (全国性促销流程): its ordered steps, the next step and what is missing. */
@KaStyle
package dev.keyaccount.planning.procedure;

import dev.keyaccount.core.KaStyle;
