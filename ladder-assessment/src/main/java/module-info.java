/**
 * Module placeholder; see the package documentation.
 */
module org.coproduction.assessment {
    requires transitive org.coproduction.core;
    requires static org.immutables.value.annotations;
}
