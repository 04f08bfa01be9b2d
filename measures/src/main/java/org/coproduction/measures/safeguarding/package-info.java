/**
 * Measures for adult support and protection (ASP, Scotland) and safeguarding referrals: the four
 * "possible measurements" that the Scottish Government's ASP participation project proposed (chapter 5,
 * paragraph 5.3 of <i>A Project To Support More Effective Involvement Of Service Users in Adult Support and
 * Protection Activity</i>, Cross and Mackay, 2014): more people who have experienced ASP services willing to
 * take part in evaluation; those taking part reporting better understanding of the process and better
 * experience of case conferences and protection plans; more people self-referring; fewer of the same people
 * being referred again and again.
 *
 * <p>The report names the measures but does not define them. The definitions here are the library's own
 * ({@link org.coproduction.core.source.SourceStatus#LIBRARY_OWN}), following the domain notes: a repeat
 * referral is one within 12 months of an earlier referral of the same person, as in the Department for
 * Education's re-referral statistics for children's social care; the unit (referral or person) is always
 * stated, because referrals are not people (ASP National Minimum Dataset guidance).
 */
package org.coproduction.measures.safeguarding;
