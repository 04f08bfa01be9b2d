/**
 * The whole record of co-production as one document ({@link org.coproduction.core.recording.CoproductionRecord}:
 * projects, participants, activities with attendance, feedback items, all cross-references checked) and the
 * questions people ask of it: a project's timeline, a participant's involvement, an activity's access needs
 * in aggregate, and feedback items that are open, overdue, closed or not yet explained back.
 */
package org.coproduction.core.recording;
