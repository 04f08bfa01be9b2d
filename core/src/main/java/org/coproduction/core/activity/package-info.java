/**
 * Activities people take part in (meetings, workshops, surveys, conversation cafés, evaluation diaries,
 * tender evaluation and more) and the attendance records of who took part, for how long, with what
 * preparation, travel and expenses.
 */
package org.coproduction.core.activity;
