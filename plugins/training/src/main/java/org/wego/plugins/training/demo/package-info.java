/**
 * The training plugin's demo data set for {@code ./wego run --demo}: a programme open for nominations
 * whose seats are taken and whose waitlist is queuing, and a completed trainee's certificate to verify.
 */
@NullMarked
package org.wego.plugins.training.demo;

import org.jspecify.annotations.NullMarked;
