/**
 * Social return on investment (SROI), following the method of <i>A guide to Social Return on Investment</i>
 * (Office of the Third Sector, 2009; SROI Network update, January 2012): inputs, outcomes with quantities and
 * financial proxies, the impact adjustments (deadweight, displacement, attribution, drop-off) over each
 * outcome's duration, discounting with a dated rate schedule (HM Treasury Green Book: 3.5% for years 0–30,
 * 3.0% for 31–75, 2.5% after), present value, net present value, the ratio, the payback period and a
 * sensitivity table. Money is {@link java.math.BigDecimal} in one currency, rounded once, explicitly.
 *
 * <p>The guide's own worked example ("Wheels to Meals") could not be read, so the reference cases are a
 * derived example that follows the guide's method and a published ratio (the Circular Head Aboriginal
 * Corporation forecast SROI). Where the guide's exact formula is unverified (drop-off, payback), the
 * documentation says so.
 */
package org.coproduction.measures.sroi;
