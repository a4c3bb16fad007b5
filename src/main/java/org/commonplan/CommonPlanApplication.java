package org.commonplan;
public class CommonPlanApplication { public static void main(String[] a) {} }
