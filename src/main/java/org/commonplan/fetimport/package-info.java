/**
 * Input from FET, beside the flow bundle -> domain -> solver -> report -> api/cli: reads a FET timetabling file
 * ({@code .fet}, the JDK's XML parser, no external entities) and writes it as a bundle, with an import report of
 * what each FET constraint became. The bundle is read back by {@code bundle.BundleReader} before it is written,
 * so what comes in through FET passes the same checks as any other bundle.
 */
package org.commonplan.fetimport;
