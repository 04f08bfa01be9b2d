// Imports the co-production library's whole public API (used by bin/jshell).
import org.coproduction.core.json.*;
import org.coproduction.core.ladder.*;
import org.coproduction.core.source.*;
import org.coproduction.core.validation.*;
import org.coproduction.core.value.*;
import org.coproduction.measures.*;
