/**
 * Solving every school under a folder, several at once, with a summary row per school and resume after an
 * interruption: the district job behind {@code batch}.
 */
package org.commonplan.batch;
