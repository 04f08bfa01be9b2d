/**
 * Recompense: paying people for their time and reimbursing their expenses, with policies held as data
 * and payment statements that explain every line.
 *
 * <ul>
 *   <li>{@link org.coproduction.core.recompense.RecompensePolicy}: effective-dated
 *       {@link org.coproduction.core.recompense.RateSchedule}s of {@link org.coproduction.core.recompense.RateRule}s
 *       (hourly, banded, flat fee, time-equivalent, unpaid), rounding, preparation and travel time, caps
 *       and {@link org.coproduction.core.recompense.ExpenseRule}s.</li>
 *   <li>{@link org.coproduction.core.recompense.PaymentStatement}: one
 *       {@link org.coproduction.core.recompense.StatementLine} per attendance and per expense (and one for
 *       travel time the policy does not pay), each with the rule, the time before and after rounding, the
 *       rate, the amount and a plain-English explanation; totals for payment for time (earnings), reimbursed
 *       expenses (not earnings), and what was declined, donated, over a cap for time, over an expense's cap
 *       per claim, and held.</li>
 *   <li>{@link org.coproduction.core.recompense.Recompense}: the entry point, with the shipped example
 *       policies ({@code Recompense.nihr()} …) and {@code Recompense.statement(…)}.</li>
 *   <li>{@link org.coproduction.core.money.Money}: an exact amount with a currency.</li>
 * </ul>
 *
 * <p>Sources: the domain notes on recompense (NIHR payment guidance; NHS England PPV partner policy; HQIP;
 * Co-Production Collective; SCIE, SWRU and NIHR on benefits and expenses). Figures the notes mark as not
 * confirmed are shipped marked {@code unverified}.
 */
package org.coproduction.core.recompense;
