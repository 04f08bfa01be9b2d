/**
 * Module placeholder; see the package documentation.
 */
module org.coproduction.measures {
    requires transitive org.coproduction.core;
    requires static org.immutables.value.annotations;
    requires org.apache.commons.statistics.distribution;

    exports org.coproduction.measures;
}
