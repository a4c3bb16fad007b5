/**
 * Staffing models side by side: what each scenario changes from the baseline and what it buys, as Markdown, CSV
 * and self-contained HTML, behind {@code compare}.
 */
package org.commonplan.compare;
