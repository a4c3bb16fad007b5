/**
 * The meeting bound, between domain and solver in the flow bundle -> domain -> solver -> report -> output -> api/cli:
 * the most team meetings any schedule keeping the hard rules can place, worked out from the problem alone. The
 * solver's construction places meetings only where it allows, and the reports set placed meetings beside it.
 */
package org.commonplan.bound;
