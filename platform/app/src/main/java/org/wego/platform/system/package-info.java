/**
 * The platform's view of its own health for the secretariat: database and migrations, identity
 * provider, mail server, runtime. The same facts back the secretariat's dashboard card.
 */
@NullMarked
package org.wego.platform.system;

import org.jspecify.annotations.NullMarked;
