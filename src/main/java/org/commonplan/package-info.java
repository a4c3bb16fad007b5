/**
 * CommonPlan builds school master schedules that give teacher teams shared time; the packages follow the flow
 * bundle -> domain -> solver -> report -> output -> api/cli, with batch, compare, generate and bench beside them.
 */
package org.commonplan;
