/**
 * How far each public type of the library can be relied on: every public type of core, ladder-assessment
 * and measures carries exactly one of {@link org.coproduction.core.api.Stable},
 * {@link org.coproduction.core.api.Experimental} or {@link org.coproduction.core.api.Internal}. A public
 * type nested in another carries its own mark or, without one, has the mark of the type around it. A
 * method, constructor or field of a stable type may be marked {@code @Experimental} or {@code @Internal} on
 * its own, for one newer or shared part of an otherwise stable type.
 *
 * <table class="striped">
 *   <caption>What each mark promises</caption>
 *   <thead>
 *     <tr><th scope="col">mark</th><th scope="col">for whom</th><th scope="col">promise</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code @Stable}</th><td>every host</td>
 *       <td>from 1.0, changed incompatibly only in a new major version; before 1.0, only with an entry in
 *       {@code CHANGES.md}. The build compares stable types with the committed API baseline.</td></tr>
 *     <tr><th scope="row">{@code @Experimental}</th><td>hosts that accept change</td>
 *       <td>complete and tested, but the shape may still change in any minor version while the area
 *       settles; changes are listed in {@code CHANGES.md}.</td></tr>
 *     <tr><th scope="row">{@code @Internal}</th><td>the library's own modules</td>
 *       <td>none: public only so that the library's modules can share it; may change or go in any
 *       version. Do not use it from a host.</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The marks are kept in the class files and at run time, so tools (and a host's own architecture tests)
 * can read them.
 */
package org.coproduction.core.api;
